package io.modelgate.application.approval.port.out;

import io.modelgate.application.approval.port.in.ApprovalQuery;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.approval.UsageRequestId;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.department.DepartmentId;

import java.util.List;
import java.util.Optional;

/** Out-port: stored approvals, the grants the gateway honours. */
public interface Approvals {

    Optional<Approval> find(ApprovalId id);

    /** The approval granted by a request, if it was approved. */
    Optional<Approval> findByRequest(UsageRequestId request);

    Approval add(Approval approval);

    /** Same optimistic contract as {@link UsageRequests#update}. */
    Approval update(Approval approval);

    /** Newest first (by grant), then by id. */
    Page<Approval> search(ApprovalQuery query, PageRequest page);

    /** Every approval of the model that is not REVOKED (for re-review when the model or its terms change). */
    List<Approval> unrevokedForModel(ModelId model);

    /**
     * Every approval of the department, revoked ones included: the gateway routes by the others and names a
     * revocation when it refuses (it filters by liveness itself).
     */
    List<Approval> forDepartment(DepartmentId department);
}
