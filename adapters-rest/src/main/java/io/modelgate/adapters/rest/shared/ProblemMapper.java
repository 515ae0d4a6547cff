package io.modelgate.adapters.rest.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.modelgate.application.gateway.port.in.GatewayRefusedException;
import io.modelgate.application.shared.AccessRefusedException;
import io.modelgate.application.shared.AlreadyExistsException;
import io.modelgate.application.shared.NotFoundException;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.application.shared.StoreUnavailableException;
import io.modelgate.application.shared.UnknownReferenceException;
import io.modelgate.domain.approval.NotRequesterException;
import io.modelgate.domain.approval.ReviewRefusedException;
import io.modelgate.domain.shared.DomainException;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.StateConflictException;
import io.modelgate.adapters.rest.console.ConsolePaths;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.stream.Collectors;

/** The single place where exceptions become {@code application/problem+json}. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response invalidValue(InvalidValueException e, UriInfo uri) {
        return Problems.field(ProblemType.INVALID_VALUE, e.field(), e.reason(), path(uri), e.code());
    }

    @ServerExceptionMapper
    public Response unknownReference(UnknownReferenceException e, UriInfo uri) {
        return Problems.response(ProblemType.UNKNOWN_REFERENCE, e.getMessage(), path(uri), e.code(), null,
                List.of(new ProblemDetail.FieldError(e.field(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return Problems.response(ProblemType.NOT_FOUND, e.getMessage(), path(uri), e.code(), null, List.of());
    }

    @ServerExceptionMapper
    public Response alreadyExists(AlreadyExistsException e, UriInfo uri) {
        return Problems.response(ProblemType.ALREADY_EXISTS, e.getMessage(), path(uri), e.code(), null, List.of());
    }

    @ServerExceptionMapper
    public Response stateConflict(StateConflictException e, UriInfo uri) {
        return Problems.response(ProblemType.ILLEGAL_STATE, e.getMessage(), path(uri), e.code(), e.currentState(),
                List.of());
    }

    @ServerExceptionMapper
    public Response staleVersion(StaleVersionException e, UriInfo uri) {
        ProblemType type = e.announcedByCaller() ? ProblemType.PRECONDITION_FAILED : ProblemType.CONCURRENT_UPDATE;
        return Problems.response(type, e.getMessage(), path(uri), e.code(), null, List.of());
    }

    @ServerExceptionMapper
    public Response accessRefused(AccessRefusedException e, UriInfo uri) {
        return Problems.response(ProblemType.FORBIDDEN, e.getMessage(), path(uri), e.code(), null, List.of());
    }

    @ServerExceptionMapper
    public Response notRequester(NotRequesterException e, UriInfo uri) {
        return Problems.response(ProblemType.FORBIDDEN, e.getMessage(), path(uri), e.code(), null, List.of());
    }

    /** Four eyes and missing roles are 403; a review that is not (or no longer) open is 409; no comment 422. */
    @ServerExceptionMapper
    public Response reviewRefused(ReviewRefusedException e, UriInfo uri) {
        ProblemType type = switch (e.code()) {
            case ReviewRefusedException.ROLE_MISSING, ReviewRefusedException.FOUR_EYES -> ProblemType.FORBIDDEN;
            case ReviewRefusedException.COMMENT_REQUIRED -> ProblemType.INVALID_VALUE;
            default -> ProblemType.ILLEGAL_STATE;
        };
        List<ProblemDetail.FieldError> errors = type == ProblemType.INVALID_VALUE
                ? List.of(new ProblemDetail.FieldError("comment", e.getMessage())) : List.of();
        return Problems.response(type, e.getMessage(), path(uri), e.code(), null, errors);
    }

    /** The rule that refused is in the code (GATEWAY.NO_APPROVAL, GATEWAY.BUDGET_EXCEEDED, …). */
    @ServerExceptionMapper
    public Response gatewayRefused(GatewayRefusedException e, UriInfo uri) {
        ProblemType type = switch (e.kind()) {
            case NOT_ALLOWED -> ProblemType.GATEWAY_REFUSED;
            case BUDGET -> ProblemType.BUDGET_EXCEEDED;
            case CONFLICT -> ProblemType.REQUEST_ID_IN_USE;
            case UNAVAILABLE -> ProblemType.PROVIDERS_UNAVAILABLE;
        };
        return Problems.response(type, e.getMessage(), path(uri), e.code(), null, List.of());
    }

    /**
     * The database is away: nothing was changed and, on the gateway, no provider was asked. Logged
     * without the driver's message, which may name hosts.
     */
    @ServerExceptionMapper
    public Response storeUnavailable(StoreUnavailableException e, UriInfo uri) {
        LOG.warnf("Refused %s: the database cannot be reached (%s)", path(uri),
                e.getCause() == null ? "-" : e.getCause().getClass().getSimpleName());
        return Response.fromResponse(Problems.response(ProblemType.DATABASE_UNAVAILABLE,
                "the database cannot be reached; nothing was changed, try again in a few seconds", path(uri),
                e.code(), null, List.of())).header("Retry-After", "2").build();
    }

    @ServerExceptionMapper
    public Response otherDomain(DomainException e, UriInfo uri) {
        return Problems.response(ProblemType.INVALID_VALUE, e.getMessage(), path(uri), e.code(), null, List.of());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<ProblemDetail.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new ProblemDetail.FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return Problems.response(ProblemType.VALIDATION_FAILED, detail, path(uri), "REQUEST.INVALID", null, errors);
    }

    /** Unknown or read-only fields, wrong types and shapes, refused values: {@link JsonProblems} names the field. */
    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return JsonProblems.of(e, path(uri));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return JsonProblems.of(e, path(uri));
    }

    /** Also replaces Quarkus's own mapper for this type, which answers 400 with an empty body. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return JsonProblems.of(e, path(uri));
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e, UriInfo uri) {
        return JsonProblems.of(e, path(uri));
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        return JsonProblems.of(e, path(uri));
    }

    @ServerExceptionMapper
    public Uni<Response> unauthenticated(UnauthorizedException e, UriInfo uri, RoutingContext context) {
        return unauthenticated(uri, context);
    }

    @ServerExceptionMapper
    public Uni<Response> authenticationFailed(AuthenticationFailedException e, UriInfo uri, RoutingContext context) {
        return unauthenticated(uri, context);
    }

    /**
     * An API caller gets a 401 problem. A person on a console page gets the sign-in mechanism's own
     * challenge instead: the redirect to the identity provider (authorization code flow).
     */
    private static Uni<Response> unauthenticated(UriInfo uri, RoutingContext context) {
        HttpAuthenticator authenticator = context == null ? null : context.get(HttpAuthenticator.class.getName());
        if (authenticator == null || !ConsolePaths.isConsole(path(uri))) {
            return Uni.createFrom().item(unauthenticated(uri));
        }
        return authenticator.getChallenge(context).map(challenge -> {
            if (challenge == null || challenge.status != 302) {
                return unauthenticated(uri);
            }
            Response.ResponseBuilder redirect = Response.status(challenge.status);
            challenge.getHeaders().forEach((name, value) -> redirect.header(name.toString(), value));
            return redirect.build();
        });
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(ProblemType.FORBIDDEN, "your roles do not allow this operation", path(uri),
                "AUTH.FORBIDDEN", null, List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return JsonProblems.of(json, path(uri)); // Quarkus's JSON reader wraps what it cannot read
        }
        if (e.getCause() instanceof InvalidValueException invalid) {
            return invalidValue(invalid, uri); // JAX-RS wraps a parameter converter's refusal in a 404 (NamedParameters)
        }
        int status = e.getResponse().getStatus();
        if (status == 404) {
            return Problems.response(ProblemType.NOT_FOUND, "no resource at this path", path(uri));
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        // Framework refusals (405, 406, 415, a bad parameter) keep their status, in problem form, naming the header.
        List<ProblemDetail.FieldError> errors = switch (status) {
            case 415 -> List.of(new ProblemDetail.FieldError(HttpHeaders.CONTENT_TYPE,
                    "is not accepted here; send application/json"));
            case 406 -> List.of(new ProblemDetail.FieldError(HttpHeaders.ACCEPT,
                    "names no type this operation answers"));
            default -> List.of();
        };
        return Problems.refused(status, e.getMessage(), path(uri), "REQUEST.REFUSED", errors);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        // Logged with the type only at ERROR level: messages of lower layers may quote request data.
        LOG.errorf(e, "Unexpected %s at %s", e.getClass().getName(), path(uri));
        return Problems.response(ProblemType.INTERNAL, "an unexpected error occurred; it has been logged",
                path(uri), "INTERNAL", null, List.of());
    }

    private static Response unauthenticated(UriInfo uri) {
        return Problems.unauthenticated(path(uri));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // "register.request.deployments[0].kind" → "deployments[0].kind": drop method and parameter names;
        // "change.request.levels[PUBLIC].allowedDeployments" → "levels.PUBLIC.allowedDeployments", as in the JSON.
        String[] parts = violation.getPropertyPath().toString().split("\\.", 3);
        String field = parts.length == 3 ? parts[2] : parts[parts.length - 1];
        return field.replaceAll("\\.?<[a-z ]+>", "").replaceAll("\\[([^\\]0-9][^\\]]*)]", ".$1");
    }
}
