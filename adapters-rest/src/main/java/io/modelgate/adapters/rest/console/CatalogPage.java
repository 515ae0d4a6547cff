package io.modelgate.adapters.rest.console;

import io.modelgate.adapters.rest.shared.Roles;
import io.modelgate.application.catalog.port.in.FindLicenses;
import io.modelgate.application.catalog.port.in.FindModels;
import io.modelgate.application.catalog.port.in.ModelQuery;
import io.modelgate.application.shared.PageRequest;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The catalog: models with their deployments, and the licenses with their structured terms. */
@Path("/console/catalog")
@Produces(MediaType.TEXT_HTML)
public class CatalogPage {

    @Inject
    ConsolePage page;
    @Inject
    FindModels findModels;
    @Inject
    FindLicenses findLicenses;

    @Inject
    @Location("console/catalog.html")
    Template catalog;

    @GET
    @RolesAllowed({Roles.REQUESTER, Roles.SECURITY_REVIEWER, Roles.LEGAL_REVIEWER, Roles.FINANCE_REVIEWER,
            Roles.ADMIN, Roles.AUDITOR})
    public Response show() {
        PageRequest all = new PageRequest(0, PageRequest.MAX_SIZE);
        return page.ok(page.of(catalog).data("models", findModels.search(ModelQuery.all(), all).items())
                .data("licenses", findLicenses.list(all).items()));
    }
}
