package io.modelgate.adapters.rest.console;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.net.URI;
import java.util.Optional;

/** Remembers the language chosen with {@code ?lang=} on a console page for the following pages. */
public class ConsoleLanguageCookie {

    @ConfigProperty(name = "modelgate.public-url")
    Optional<URI> publicUrl;

    @ServerResponseFilter
    public void remember(HttpServerRequest request, ContainerResponseContext response) {
        if (!ConsolePaths.isConsole(request.path())) {
            return;
        }
        ConsoleLanguage.supported(request.getParam(ConsoleLanguage.PARAMETER)).ifPresent(locale ->
                response.getHeaders().add(HttpHeaders.SET_COOKIE, ConsoleLanguage.COOKIE + "=" + locale.getLanguage()
                        + "; Path=/console; Max-Age=31536000; SameSite=Lax"
                        + ConsolePublicUrl.secureAttribute(publicUrl)));
    }
}
