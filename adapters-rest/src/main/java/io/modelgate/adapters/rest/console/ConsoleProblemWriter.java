package io.modelgate.adapters.rest.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Renders a problem on a console path as a plain page in the user's language. */
@Provider
@Produces(MediaType.TEXT_HTML)
public class ConsoleProblemWriter implements MessageBodyWriter<ConsoleProblem> {

    @Inject
    @Location("console/problem.html")
    Template page;
    @Inject
    HttpServerRequest request;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ConsoleProblem.class;
    }

    @Override
    public void writeTo(ConsoleProblem problem, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        var locale = ConsoleLanguage.of(request);
        String html = page.instance().setLocale(locale).data("lang", locale.getLanguage()).data("me", null)
                .data("path", request.path()).data("error", null).data("stale", false)
                .data("status", problem.status()).data("detail", problem.detail()).render();
        out.write(html.getBytes(StandardCharsets.UTF_8));
    }
}
