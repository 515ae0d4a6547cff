package io.modelgate.adapters.rest.console;

import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The CSRF filter is global and would hand a token cookie to every GET of the API as well; only the
 * console's forms use it, so responses outside /console go out without it (API responses stay free
 * of cookies, and cacheable).
 */
public class CsrfCookieScope {

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String cookieName;

    @ServerRequestFilter(preMatching = true)
    public void onlyOnConsolePages(RoutingContext context) {
        if (!ConsolePaths.isConsole(context.normalizedPath())) {
            context.addHeadersEndHandler(ignored -> context.response().removeCookie(cookieName, false));
        }
    }
}
