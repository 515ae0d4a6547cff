package io.modelgate.application.testing;

import io.modelgate.application.catalog.port.out.Licenses;
import io.modelgate.application.catalog.port.out.Models;
import io.modelgate.application.shared.Transactions;

class InMemoryModelsContractTest extends ModelsContract {

    private final InMemoryModels models = new InMemoryModels();
    private final InMemoryLicenses licenses = new InMemoryLicenses();
    private final DirectTransactions transactions = new DirectTransactions();

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
