package io.modelgate.application.approval.service;

import io.modelgate.application.approval.port.in.FindApprovals;
import io.modelgate.application.approval.port.in.ManageApproval;
import io.modelgate.application.approval.port.in.ApprovalQuery;
import io.modelgate.application.approval.port.out.Approvals;
import io.modelgate.application.shared.Actor;
import io.modelgate.application.shared.Audit;
import io.modelgate.application.shared.NotFoundException;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.application.shared.Transactions;
import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.approval.ApprovalId;

import java.util.OptionalLong;

/** Reading approvals, and the admin's revoke and confirm. */
public final class ApprovalService implements FindApprovals, ManageApproval {

    static final String ENTITY = "approval";

    private final Approvals approvals;
    private final Transactions transactions;
    private final Audit audit;

    public ApprovalService(Approvals approvals, Transactions transactions, Audit audit) {
        this.approvals = approvals;
        this.transactions = transactions;
        this.audit = audit;
    }

    @Override
    public Page<Approval> search(Actor actor, ApprovalQuery query, PageRequest page) {
        ApprovalQuery scoped = RequestAccess.scope(actor, query);
        return transactions.inTransaction(() -> approvals.search(scoped, page));
    }

    @Override
    public Approval get(Actor actor, ApprovalId id) {
        return transactions.inTransaction(() -> load(actor, id, OptionalLong.empty()));
    }

    @Override
    public Approval revoke(ManageApproval.Command command) {
        return transactions.inTransaction(() -> {
            Approval current = load(command.actor(), command.id(), command.expectedVersion());
            Approval revoked = approvals.update(current.revoke(command.reason(), command.actor().subject(),
                    audit.clock().instant()));
            audit.record(command.actor(), "APPROVAL.REVOKED", ENTITY, revoked.id().value(), "REVOKED",
                    current.status() + " → REVOKED: " + command.reason());
            return revoked;
        });
    }

    @Override
    public Approval confirm(ManageApproval.Command command) {
        return transactions.inTransaction(() -> {
            Approval current = load(command.actor(), command.id(), command.expectedVersion());
            Approval confirmed = approvals.update(current.clearReReview(audit.clock().instant()));
            audit.record(command.actor(), "APPROVAL.CONFIRMED", ENTITY, confirmed.id().value(),
                    confirmed.status().name(), "re-review concluded: " + command.reason());
            return confirmed;
        });
    }

    private Approval load(Actor actor, ApprovalId id, OptionalLong expectedVersion) {
        Approval approval = approvals.find(id).filter(a -> RequestAccess.canSee(actor, a))
                .orElseThrow(() -> new NotFoundException("approval", id.value()));
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != approval.version()) {
            throw StaleVersionException.expected("approval", id.value(), expectedVersion.getAsLong(),
                    approval.version());
        }
        return approval;
    }
}
