package io.modelgate.domain.license.evaluation;

import java.util.List;

/** What the terms of one license say about one use case; the evaluator merges these. */
record LicenseFindings(boolean prohibited, List<Obligation> obligations, List<String> reasons) {

    LicenseFindings {
        obligations = List.copyOf(obligations);
        reasons = List.copyOf(reasons);
    }
}
