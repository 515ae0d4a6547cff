package io.modelgate.application.approval.port.out;

import io.modelgate.application.approval.port.in.UsageRequestQuery;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.domain.approval.UsageRequest;
import io.modelgate.domain.approval.UsageRequestId;

import java.util.Optional;

/** Out-port: stored usage requests with their evaluation, decisions and history. */
public interface UsageRequests {

    Optional<UsageRequest> find(UsageRequestId id);

    /**
     * Like {@link #find}, and holds the request until the transaction ends, so that commands on one
     * request run one after the other: the second sees the first's outcome whole (never a mix of the
     * old request and the new decisions) and is refused by the domain's rules.
     */
    Optional<UsageRequest> findForUpdate(UsageRequestId id);

    /** Stores a new request; returns it as stored. */
    UsageRequest add(UsageRequest request);

    /**
     * Replaces the stored state whose version is {@code request.version()} and returns the stored state
     * with its new version; throws {@code StaleVersionException} when another writer got there first
     * (two reviewers deciding at the same moment: exactly one wins).
     */
    UsageRequest update(UsageRequest request);

    /** Newest first (by creation), then by id. */
    Page<UsageRequest> search(UsageRequestQuery query, PageRequest page);
}
