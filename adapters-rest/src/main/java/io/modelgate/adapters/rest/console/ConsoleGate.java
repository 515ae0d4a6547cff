package io.modelgate.adapters.rest.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Without an OIDC provider there is nobody to sign in with: the console's tenant is disabled and every
 * console page answers one plain page that says so and how to configure it — before security or
 * routing could answer a 401 or a stack trace.
 */
public class ConsoleGate {

    @ConfigProperty(name = "quarkus.oidc.console.tenant-enabled", defaultValue = "false")
    boolean signInEnabled;

    @Inject
    @Location("console/unavailable.html")
    Template unavailable;

    @ServerRequestFilter(preMatching = true)
    public Response closedWithoutIdentityProvider(ContainerRequestContext context, HttpServerRequest request) {
        if (signInEnabled || !ConsolePaths.isConsole(request.path())) {
            return null;
        }
        String page = unavailable.instance().setLocale(ConsoleLanguage.of(request)).render();
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page).build();
    }
}
