/**
 * Use cases: what a department wants to do with a model (purpose, task, audience, commercial or
 * not, redistribution, fine-tuning, expected users, data classification and monthly volume).
 * License, classification and cost rules all decide on a {@link io.modelgate.domain.usecase.UseCase}.
 */
package io.modelgate.domain.usecase;
