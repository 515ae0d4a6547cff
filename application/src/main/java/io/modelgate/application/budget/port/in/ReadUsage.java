package io.modelgate.application.budget.port.in;

import io.modelgate.application.gateway.port.in.UsageQuery;
import io.modelgate.application.gateway.port.in.UsageRecord;
import io.modelgate.application.shared.Actor;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;

/** Use case: admins, finance reviewers and auditors read the usage ledger, newest call first. */
public interface ReadUsage {

    Page<UsageRecord> search(Actor actor, UsageQuery query, PageRequest page);
}
