package io.modelgate.bootstrap.persistence;

import io.modelgate.application.approval.port.out.Approvals;
import io.modelgate.application.approval.port.out.UsageRequests;
import io.modelgate.application.shared.Transactions;
import io.modelgate.application.testing.ApprovalsContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The same contract as the in-memory fake, on PostgreSQL through the Hibernate adapter. */
@QuarkusTest
class JpaApprovalsContractTest extends ApprovalsContract {

    @Inject
    Approvals approvals;
    @Inject
    UsageRequests usageRequests;
    @Inject
    Transactions transactions;

    @Override
    protected Approvals approvals() {
        return approvals;
    }

    @Override
    protected UsageRequests usageRequests() {
        return usageRequests;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
