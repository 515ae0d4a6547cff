package io.modelgate.adapters.rest.console;

import io.modelgate.adapters.rest.shared.Problems;
import io.modelgate.adapters.rest.shared.ProblemType;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Console pages answer only on the host of the configured public URL ({@code modelgate.public-url}):
 * the sign-in mechanism builds its redirect back to ModelGate from the request's host, so a request
 * for any other {@code Host} is refused with 421 before it could produce a redirect elsewhere. Without
 * a public URL (local trials, tests) every host is served. Https and Secure cookies follow from the
 * URL too (PublicUrlSettings).
 */
public class ConsolePublicUrl {

    @ConfigProperty(name = "modelgate.public-url")
    Optional<URI> publicUrl;

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 50)
    public Response onlyOnThePublicHost(HttpServerRequest request) {
        if (publicUrl.isEmpty() || !ConsolePaths.isConsole(request.path())
                || sameHost(publicUrl.get(), request.authority())) {
            return null;
        }
        return Problems.response(ProblemType.MISDIRECTED, "the console is served at " + publicUrl.get() + " only",
                request.path());
    }

    /** The host names agree, and the ports too when the request names one. */
    static boolean sameHost(URI expected, HostAndPort actual) {
        if (actual == null || expected.getHost() == null
                || !expected.getHost().toLowerCase(Locale.ROOT).equals(actual.host().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int port = expected.getPort() != -1 ? expected.getPort()
                : "https".equalsIgnoreCase(expected.getScheme()) ? 443 : 80;
        return actual.port() == -1 || actual.port() == port;
    }

    /** {@code ; Secure} for cookies the console sets itself, when people reach it over https. */
    static String secureAttribute(Optional<URI> publicUrl) {
        return publicUrl.map(URI::getScheme).filter("https"::equalsIgnoreCase).map(s -> "; Secure").orElse("");
    }
}
