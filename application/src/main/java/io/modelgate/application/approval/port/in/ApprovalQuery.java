package io.modelgate.application.approval.port.in;

import io.modelgate.domain.approval.ApprovalStatus;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.department.DepartmentId;

import java.util.Optional;

/** Filters for listing approvals, combined with AND; empty means "any". */
public record ApprovalQuery(Optional<DepartmentId> department, Optional<ModelId> model,
                            Optional<ApprovalStatus> status, Optional<Boolean> flaggedForReReview) {

    public static ApprovalQuery all() {
        return new ApprovalQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
