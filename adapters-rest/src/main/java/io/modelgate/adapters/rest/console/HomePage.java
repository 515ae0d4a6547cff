package io.modelgate.adapters.rest.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.vertx.core.http.HttpServerRequest;

/** Who am I, my department and roles, and where I can go; sign-out and the signed-out page. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @Inject
    ConsolePage page;
    @Inject
    HttpServerRequest request;

    @Inject
    @Location("console/home.html")
    Template home;
    @Inject
    @Location("console/signed-out.html")
    Template signedOut;

    @GET
    @Authenticated
    public Response home() {
        return page.ok(page.of(home));
    }

    /**
     * With the code flow, quarkus-oidc answers this path itself (RP-initiated logout: the provider ends
     * the session and sends the browser to the signed-out page). A bearer caller has no session to end.
     */
    @GET
    @Path("logout")
    @Authenticated
    public Response logout() {
        return page.seeOther("/console/signed-out");
    }

    @GET
    @Path("signed-out")
    @PermitAll
    public Response signedOut() {
        String html = signedOut.instance().setLocale(ConsoleLanguage.of(request)).data("lang",
                ConsoleLanguage.of(request).getLanguage()).data("me", null).data("path", request.path())
                .data("error", null).data("stale", false).render();
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
