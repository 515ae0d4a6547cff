package io.modelgate.application.testing;

import io.modelgate.application.approval.port.out.UsageRequests;
import io.modelgate.application.shared.Transactions;

class InMemoryUsageRequestsContractTest extends UsageRequestsContract {

    private final InMemoryUsageRequests usageRequests = new InMemoryUsageRequests();
    private final DirectTransactions transactions = new DirectTransactions();

    @Override
    protected UsageRequests usageRequests() {
        return usageRequests;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
