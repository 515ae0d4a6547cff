package io.modelgate.application.approval.port.in;

import io.modelgate.application.shared.Actor;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.domain.approval.UsageRequest;
import io.modelgate.domain.approval.UsageRequestId;

/**
 * Use case: read requests, scoped to the caller: a requester sees their department's, a reviewer
 * those that need their kind of review, admins and auditors all. Others' requests are "not found".
 */
public interface FindUsageRequests {

    Page<UsageRequest> search(Actor actor, UsageRequestQuery query, PageRequest page);

    Decided get(Actor actor, UsageRequestId id);
}
