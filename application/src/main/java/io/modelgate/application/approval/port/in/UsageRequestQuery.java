package io.modelgate.application.approval.port.in;

import io.modelgate.domain.approval.RequestState;
import io.modelgate.domain.approval.ReviewKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.department.DepartmentId;

import java.util.Optional;
import java.util.Set;

/**
 * Filters for listing requests, combined with AND; empty means "any".
 *
 * @param pendingReviewKinds requests IN_REVIEW that still wait for a decision of one of these kinds
 */
public record UsageRequestQuery(Optional<RequestState> state, Optional<DepartmentId> department,
                                Optional<ModelId> model, Set<ReviewKind> pendingReviewKinds) {

    public UsageRequestQuery {
        pendingReviewKinds = Set.copyOf(pendingReviewKinds);
    }

    public static UsageRequestQuery all() {
        return new UsageRequestQuery(Optional.empty(), Optional.empty(), Optional.empty(), Set.of());
    }
}
