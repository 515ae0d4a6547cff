package io.modelgate.adapters.rest.shared;

import io.modelgate.domain.shared.UnsafeCharacters;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Path and query parameters of every API, gateway and console operation are checked for
 * {@link UnsafeCharacters} before the operation runs, so that a NUL in {@code ?provider=} never reaches
 * PostgreSQL (it answered 500). The problem names the parameter. JSON bodies are checked as they are read
 * ({@link BoundedJson}); console form fields become domain values, whose texts refuse the same characters.
 */
public class ParameterScreen {

    /** After matching, when the parameter names are known. */
    @ServerRequestFilter
    public Response screen(UriInfo uri) {
        String path = uri.getRequestUri().getRawPath();
        return first(uri.getPathParameters(true), path).or(() -> first(uri.getQueryParameters(true), path)).orElse(null);
    }

    private static Optional<Response> first(MultivaluedMap<String, String> parameters, String path) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            Optional<Response> refused = check(parameter.getKey(), List.of(parameter.getKey()), path)
                    .or(() -> check(parameter.getKey(), parameter.getValue(), path));
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    private static Optional<Response> check(String name, List<String> values, String path) {
        for (String value : values) {
            Optional<String> reason = UnsafeCharacters.PARAMETER.check(value);
            if (reason.isPresent()) {
                return Optional.of(Problems.field(ProblemType.VALIDATION_FAILED, name, reason.get(), path,
                        "REQUEST.INVALID_FORMAT"));
            }
        }
        return Optional.empty();
    }
}
