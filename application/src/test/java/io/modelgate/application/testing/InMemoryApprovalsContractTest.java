package io.modelgate.application.testing;

import io.modelgate.application.approval.port.out.Approvals;
import io.modelgate.application.approval.port.out.UsageRequests;
import io.modelgate.application.shared.Transactions;

class InMemoryApprovalsContractTest extends ApprovalsContract {

    private final InMemoryApprovals approvals = new InMemoryApprovals();
    private final InMemoryUsageRequests usageRequests = new InMemoryUsageRequests();
    private final DirectTransactions transactions = new DirectTransactions();

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
