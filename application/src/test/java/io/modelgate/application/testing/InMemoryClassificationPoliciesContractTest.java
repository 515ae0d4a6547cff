package io.modelgate.application.testing;

import io.modelgate.application.classification.port.out.ClassificationPolicies;
import io.modelgate.application.shared.Transactions;

class InMemoryClassificationPoliciesContractTest extends ClassificationPoliciesContract {

    private final InMemoryClassificationPolicies policies = new InMemoryClassificationPolicies();
    private final DirectTransactions transactions = new DirectTransactions();

    @Override
    protected ClassificationPolicies policies() {
        return policies;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
