package io.modelgate.bootstrap.persistence;

import io.modelgate.application.catalog.port.out.Licenses;
import io.modelgate.application.catalog.port.out.Models;
import io.modelgate.application.shared.Transactions;
import io.modelgate.application.testing.ModelsContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The same contract as the in-memory fake, on PostgreSQL through the Hibernate adapter. */
@QuarkusTest
class JpaModelsContractTest extends ModelsContract {

    @Inject
    Models models;
    @Inject
    Licenses licenses;
    @Inject
    Transactions transactions;

    @Override
    protected Models models() {
        return models;
    }

    @Override
    protected Licenses licenses() {
        return licenses;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
