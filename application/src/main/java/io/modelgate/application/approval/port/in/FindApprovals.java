package io.modelgate.application.approval.port.in;

import io.modelgate.application.shared.Actor;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.approval.ApprovalId;

/** Use case: read approvals, scoped like requests. */
public interface FindApprovals {

    Page<Approval> search(Actor actor, ApprovalQuery query, PageRequest page);

    Approval get(Actor actor, ApprovalId id);
}
