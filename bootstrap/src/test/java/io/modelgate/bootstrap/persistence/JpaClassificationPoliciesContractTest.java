package io.modelgate.bootstrap.persistence;

import io.modelgate.application.classification.port.out.ClassificationPolicies;
import io.modelgate.application.shared.Transactions;
import io.modelgate.application.testing.ClassificationPoliciesContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class JpaClassificationPoliciesContractTest extends ClassificationPoliciesContract {

    @Inject
    ClassificationPolicies policies;
    @Inject
    Transactions transactions;

    @Override
    protected ClassificationPolicies policies() {
        return policies;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
