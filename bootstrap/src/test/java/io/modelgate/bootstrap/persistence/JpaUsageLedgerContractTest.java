package io.modelgate.bootstrap.persistence;

import io.modelgate.application.gateway.port.out.UsageLedger;
import io.modelgate.application.shared.Transactions;
import io.modelgate.application.testing.UsageLedgerContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The same contract as the in-memory fake, on PostgreSQL. */
@QuarkusTest
class JpaUsageLedgerContractTest extends UsageLedgerContract {

    @Inject
    UsageLedger ledger;
    @Inject
    Transactions transactions;

    @Override
    protected UsageLedger ledger() {
        return ledger;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
