package io.modelgate.adapters.rest.console;

import io.modelgate.adapters.rest.shared.CurrentActor;
import io.modelgate.adapters.rest.shared.Roles;
import io.modelgate.application.shared.Actor;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** What every console page has: the signed-in user, the language, and a way to render or redirect. */
@RequestScoped
public class ConsolePage {

    @Inject
    HttpServerRequest request;
    @Inject
    CurrentActor currentActor;

    private Actor actor;

    public Actor actor() {
        if (actor == null) {
            actor = currentActor.get();
        }
        return actor;
    }

    public Locale locale() {
        return ConsoleLanguage.of(request);
    }

    /** The signed-in user as pages show them; which links to offer follows the roles. */
    public Me me() {
        Actor a = actor();
        return new Me(a.subject(), a.department().orElse(null), a.roles().stream().sorted().toList(),
                a.hasRole(Roles.REQUESTER),
                a.hasRole(Roles.SECURITY_REVIEWER) || a.hasRole(Roles.LEGAL_REVIEWER) || a.hasRole(Roles.FINANCE_REVIEWER),
                a.hasRole(Roles.ADMIN), a.hasRole(Roles.AUDITOR),
                a.hasRole(Roles.REQUESTER) || a.hasRole(Roles.FINANCE_REVIEWER) || a.hasRole(Roles.ADMIN)
                        || a.hasRole(Roles.AUDITOR));
    }

    public TemplateInstance of(Template template) {
        Locale locale = locale();
        return template.instance().setLocale(locale).data("me", me()).data("lang", locale.getLanguage())
                .data("path", request.path()).data("error", null).data("stale", false);
    }

    public Response ok(TemplateInstance page) {
        return status(200, page);
    }

    public Response status(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render())
                .build();
    }

    /** Post/redirect/get: a successful form goes on to the page that shows its result. */
    public Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    public record Me(String subject, String department, List<String> roles, boolean requester, boolean reviewer,
                     boolean admin, boolean auditor, boolean readsBudgets) {
    }
}
