package io.modelgate.bootstrap.persistence;

import io.modelgate.application.approval.port.out.UsageRequests;
import io.modelgate.application.shared.Transactions;
import io.modelgate.application.testing.UsageRequestsContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The same contract as the in-memory fake, on PostgreSQL through the Hibernate adapter. */
@QuarkusTest
class JpaUsageRequestsContractTest extends UsageRequestsContract {

    @Inject
    UsageRequests usageRequests;
    @Inject
    Transactions transactions;

    @Override
    protected UsageRequests usageRequests() {
        return usageRequests;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
