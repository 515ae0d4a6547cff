/**
 * License evaluation: a license (and those inherited from base models) against a use case gives a
 * verdict, typed obligations citing their clauses, and reasons. Start at
 * {@link io.modelgate.domain.license.evaluation.LicenseEvaluator}; the rules themselves, driven by
 * {@link io.modelgate.domain.license.LicenseTerms} only, are in {@code LicenseRules}.
 */
package io.modelgate.domain.license.evaluation;
