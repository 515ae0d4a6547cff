package io.modelgate.adapters.rest.console;

import io.modelgate.application.approval.port.in.AssessUsageRequest.Assessment;
import io.modelgate.domain.approval.RequestState;
import io.modelgate.domain.approval.UsageRequest;
import io.modelgate.domain.license.evaluation.Obligation;

import java.util.List;
import java.util.Optional;

/** Which findings and obligations a request page shows: a draft's preview, or what submission recorded. */
final class AssessmentView {

    private AssessmentView() {
    }

    static List<Obligation> obligations(UsageRequest request, Optional<Assessment> assessment) {
        if (request.state() == RequestState.DRAFT) {
            return assessment.map(a -> a.evaluation().obligations()).orElse(List.of());
        }
        return request.obligations();
    }

    static String remaining(Optional<Assessment> assessment) {
        return assessment.flatMap(Assessment::remainingBudget).map(Views::money).orElse(null);
    }
}
