package io.modelgate.adapters.rest.shared;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Refuses, before routing and security, the two headers that made the framework itself fail with a
 * 500: a {@code Content-Type} that is not a media type (an empty one broke the CSRF filter; an unknown
 * charset was silently read as UTF-8), and a
 * bearer credential that is not shaped like a JWT ({@code Bearer .} broke quarkus-oidc's token
 * parsing). Both answer the problem the API documents, never reaching the failing code.
 */
public class RequestScreen {

    private static final String BEARER = "Bearer";

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
    public Response screen(HttpServerRequest request) {
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !isMediaType(contentType)) {
            String message = "is not a media type such as application/json, or names an unknown charset";
            return Problems.refused(Response.Status.UNSUPPORTED_MEDIA_TYPE.getStatusCode(),
                    HttpHeaders.CONTENT_TYPE + ": " + message, request.path(), "REQUEST.CONTENT_TYPE",
                    List.of(new ProblemDetail.FieldError(HttpHeaders.CONTENT_TYPE, message)));
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (isBearer(authorization) && !isCompactJws(authorization.substring(BEARER.length()).strip())) {
            return Problems.unauthenticated(request.path());
        }
        return null;
    }

    private static boolean isBearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && (authorization.length() == BEARER.length() || Character.isWhitespace(authorization.charAt(BEARER.length())));
    }

    /** A media type whose charset, if it names one, is one the JVM can decode (charset=nope was read as UTF-8). */
    private static boolean isMediaType(String value) {
        if (value.isBlank()) {
            return false;
        }
        try {
            String charset = MediaType.valueOf(value).getParameters().get(MediaType.CHARSET_PARAMETER);
            return charset == null || Charset.isSupported(charset);
        } catch (IllegalArgumentException e) { // IllegalCharsetNameException included
            return false;
        }
    }

    /**
     * Three base64url segments separated by dots, the first two not empty: the only shape of token
     * ModelGate verifies. Anything else is refused here exactly as a token that fails verification is.
     */
    static boolean isCompactJws(String token) {
        int dots = 0;
        int segmentLength = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.') {
                if (segmentLength == 0 || ++dots > 2) {
                    return false;
                }
                segmentLength = 0;
            } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_') {
                segmentLength++;
            } else {
                return false;
            }
        }
        return dots == 2;
    }
}
