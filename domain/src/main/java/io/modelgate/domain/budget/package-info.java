/**
 * Budget arithmetic of the gateway, in micro-units of the budget currency
 * ({@link io.modelgate.domain.budget.MicroAmount}): the exact cost of one call
 * ({@link io.modelgate.domain.budget.CallCost}), the maximum reserved before it
 * ({@link io.modelgate.domain.budget.Reservation}, with prompts bounded by
 * {@link io.modelgate.domain.budget.TokenEstimate}), and a department's month
 * ({@link io.modelgate.domain.budget.BudgetState}: reserve, settle, release, soft alert), pure
 * arithmetic that the persistence adapter mirrors in atomic SQL statements.
 */
package io.modelgate.domain.budget;
