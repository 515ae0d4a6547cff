package io.modelgate.bootstrap;

import io.modelgate.application.catalog.port.out.Licenses;
import io.modelgate.application.catalog.port.out.Models;
import io.modelgate.application.catalog.service.LicenseCatalogService;
import io.modelgate.application.catalog.service.ModelCatalogService;
import io.modelgate.application.shared.Transactions;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Wires the use cases: the application services carry no framework annotation, so they are
 * created here from the adapters that implement their ports.
 */
public class UseCases {

    @Produces
    @Singleton
    ModelCatalogService modelCatalog(Models models, Licenses licenses, Transactions transactions) {
        return new ModelCatalogService(models, licenses, transactions);
    }

    @Produces
    @Singleton
    LicenseCatalogService licenseCatalog(Licenses licenses, Transactions transactions) {
        return new LicenseCatalogService(licenses, transactions);
    }
}
