package io.modelgate.adapters.rest.console;

import io.modelgate.adapters.rest.endpoint.EndpointDtos;
import io.modelgate.adapters.rest.shared.Roles;
import io.modelgate.application.endpoint.EndpointKey;
import io.modelgate.application.endpoint.port.in.FindEndpoints;
import io.modelgate.application.endpoint.port.in.RemoveEndpoint;
import io.modelgate.application.endpoint.port.in.SetEndpoint;
import io.modelgate.application.endpoint.ProviderProtocol;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.shared.DomainException;
import io.modelgate.domain.shared.InvalidValueException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Locale;
import java.util.Map;

/**
 * The endpoints the gateway calls, as it sees them now; admins store, change and remove API endpoints
 * through the same use cases as /api/v1/endpoints. A key is named (an environment variable or a file),
 * never typed in.
 */
@Path("/console/endpoints")
@Produces(MediaType.TEXT_HTML)
public class EndpointPages {

    @Inject
    ConsolePage page;
    @Inject
    FindEndpoints findEndpoints;
    @Inject
    SetEndpoint setEndpoint;
    @Inject
    RemoveEndpoint removeEndpoint;

    @Inject
    @Location("console/endpoints.html")
    Template endpoints;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public Response list() {
        return page.ok(view(null, Map.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response set(@RestForm String model, @RestForm String deployment, @RestForm String protocol,
                        @RestForm String url, @RestForm String upstreamModel, @RestForm String timeoutSeconds,
                        @RestForm String secretEnv, @RestForm String secretFile, @RestForm String version) {
        // A refused form is shown again filled in, except the secret names: a key pasted there must not be echoed.
        Map<String, String> form = Map.of("model", text(model), "deployment", text(deployment), "protocol",
                text(protocol), "url", text(url), "upstreamModel", text(upstreamModel), "timeoutSeconds",
                text(timeoutSeconds));
        try {
            EndpointKey key = key(model, deployment);
            EndpointDtos.EndpointBody body = new EndpointDtos.EndpointBody(protocol(protocol), text(url),
                    blankToNull(upstreamModel), seconds(timeoutSeconds), null,
                    blankToNull(secretEnv) == null && blankToNull(secretFile) == null ? null
                            : new EndpointDtos.SecretDto(blankToNull(secretEnv), blankToNull(secretFile)), null, null);
            setEndpoint.set(new SetEndpoint.Command(page.actor(), EndpointDtos.toDomain(key, body),
                    RequestPages.version(version)));
            return page.seeOther("/console/endpoints");
        } catch (DomainException e) {
            FormFailure failure = FormFailure.of(e);
            return page.status(failure.status(), view(failure, form));
        }
    }

    @POST
    @Path("remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response remove(@RestForm String model, @RestForm String deployment, @RestForm String version) {
        try {
            removeEndpoint.remove(new RemoveEndpoint.Command(page.actor(), key(model, deployment),
                    RequestPages.version(version)));
            return page.seeOther("/console/endpoints");
        } catch (DomainException e) {
            FormFailure failure = FormFailure.of(e);
            return page.status(failure.status(), view(failure, Map.of()));
        }
    }

    private TemplateInstance view(FormFailure failure, Map<String, String> form) {
        return page.of(endpoints).data("endpoints", findEndpoints.list()).data("form", form)
                .data("protocols", ProviderProtocol.values()).data("deployments", DeploymentKind.values())
                .data("error", failure == null ? null : failure.message());
    }

    private static EndpointKey key(String model, String deployment) {
        try {
            return new EndpointKey(new ModelId(text(model)), DeploymentKind.valueOf(text(deployment).toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("deployment", "must be VENDOR_API, PRIVATE_CLOUD or ON_PREMISES");
        }
    }

    private static ProviderProtocol protocol(String raw) {
        try {
            return ProviderProtocol.valueOf(text(raw));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("protocol", "must be OPENAI_COMPATIBLE, ANTHROPIC or GEMINI");
        }
    }

    private static Integer seconds(String raw) {
        if (blankToNull(raw) == null) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("timeoutSeconds", "must be a whole number of seconds");
        }
    }

    private static String text(String raw) {
        return raw == null ? "" : raw.strip();
    }

    private static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }
}
