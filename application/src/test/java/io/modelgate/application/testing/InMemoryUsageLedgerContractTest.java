package io.modelgate.application.testing;

import io.modelgate.application.gateway.port.out.UsageLedger;
import io.modelgate.application.shared.Transactions;

class InMemoryUsageLedgerContractTest extends UsageLedgerContract {

    private final InMemoryUsageLedger ledger = new InMemoryUsageLedger();
    private final DirectTransactions transactions = new DirectTransactions();

    @Override
    protected UsageLedger ledger() {
        return ledger;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
