package io.modelgate.adapters.rest.console;

import io.modelgate.adapters.rest.shared.Params;
import io.modelgate.adapters.rest.shared.Roles;
import io.modelgate.application.approval.port.in.AssessUsageRequest;
import io.modelgate.application.approval.port.in.Decided;
import io.modelgate.application.approval.port.in.DraftUsageRequest;
import io.modelgate.application.approval.port.in.EditUsageRequest;
import io.modelgate.application.approval.port.in.FindUsageRequests;
import io.modelgate.application.approval.port.in.RequestCommand;
import io.modelgate.application.approval.port.in.SubmitUsageRequest;
import io.modelgate.application.approval.port.in.WithdrawUsageRequest;
import io.modelgate.application.approval.port.in.UsageRequestQuery;
import io.modelgate.application.catalog.port.in.FindModels;
import io.modelgate.application.catalog.port.in.ModelQuery;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.domain.approval.RequestState;
import io.modelgate.domain.approval.UsageRequest;
import io.modelgate.domain.approval.UsageRequestId;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.shared.DomainException;
import io.modelgate.domain.usecase.Audience;
import io.modelgate.domain.usecase.TaskCategory;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** My department's usage requests: list, draft, edit, detail with the assessment, submit, withdraw. */
@Path("/console/requests")
@Produces(MediaType.TEXT_HTML)
public class RequestPages {

    static final String[] READERS = {Roles.REQUESTER, Roles.SECURITY_REVIEWER, Roles.LEGAL_REVIEWER,
            Roles.FINANCE_REVIEWER, Roles.ADMIN, Roles.AUDITOR};

    @Inject
    ConsolePage page;
    @Inject
    FindUsageRequests findRequests;
    @Inject
    DraftUsageRequest draftRequest;
    @Inject
    EditUsageRequest editRequest;
    @Inject
    SubmitUsageRequest submitRequest;
    @Inject
    WithdrawUsageRequest withdrawRequest;
    @Inject
    AssessUsageRequest assessRequest;
    @Inject
    FindModels findModels;

    @Inject
    @Location("console/requests.html")
    Template list;
    @Inject
    @Location("console/request-form.html")
    Template form;
    @Inject
    @Location("console/request.html")
    Template detail;

    @GET
    @RolesAllowed({Roles.REQUESTER, Roles.ADMIN, Roles.AUDITOR})
    public Response list() {
        // The use case scopes the listing: a requester gets their department's requests.
        UsageRequestQuery query = new UsageRequestQuery(Optional.empty(), Optional.empty(), Optional.empty(), Set.of());
        List<UsageRequest> requests = findRequests.search(page.actor(), query, new PageRequest(0, 200)).items();
        return page.ok(page.of(list).data("requests", requests));
    }

    @GET
    @Path("new")
    @RolesAllowed(Roles.REQUESTER)
    public Response newDraft() {
        return page.ok(formPage(DraftForm.empty(), null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REQUESTER)
    public Response draft(@BeanParam DraftForm input) {
        try {
            UsageRequest draft = draftRequest.draft(new DraftUsageRequest.Command(page.actor(), input.model(),
                    input.deploymentKind(), input.useCase()));
            return page.seeOther("/console/requests/" + draft.id().value());
        } catch (DomainException e) {
            FormFailure failure = FormFailure.of(e);
            return page.status(failure.status(), formPage(input, null).data("error", failure.message()));
        }
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Roles.REQUESTER)
    public Response editForm(@PathParam("id") String id) {
        UsageRequest request = findRequests.get(page.actor(), requestId(id)).request();
        return page.ok(formPage(DraftForm.of(request), request));
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REQUESTER)
    public Response edit(@PathParam("id") String id, @BeanParam DraftForm input) {
        UsageRequestId requestId = requestId(id);
        try {
            editRequest.edit(new EditUsageRequest.Command(page.actor(), requestId, input.model(),
                    input.deploymentKind(), input.useCase(), version(input.version)));
            return page.seeOther("/console/requests/" + requestId.value());
        } catch (DomainException e) {
            FormFailure failure = FormFailure.of(e);
            UsageRequest current = findRequests.get(page.actor(), requestId).request();
            return page.status(failure.status(), formPage(input, current).data("error", failure.message())
                    .data("stale", failure.stale()));
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REQUESTER, Roles.SECURITY_REVIEWER, Roles.LEGAL_REVIEWER, Roles.FINANCE_REVIEWER,
            Roles.ADMIN, Roles.AUDITOR})
    public Response show(@PathParam("id") String id) {
        return page.ok(detailPage(requestId(id)));
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REQUESTER)
    public Response submit(@PathParam("id") String id, @RestForm String version) {
        UsageRequestId requestId = requestId(id);
        try {
            submitRequest.submit(new RequestCommand(page.actor(), requestId, version(version)));
            return page.seeOther("/console/requests/" + requestId.value());
        } catch (DomainException e) {
            return refused(requestId, FormFailure.of(e));
        }
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REQUESTER)
    public Response withdraw(@PathParam("id") String id, @RestForm String version) {
        UsageRequestId requestId = requestId(id);
        try {
            withdrawRequest.withdraw(new RequestCommand(page.actor(), requestId, version(version)));
            return page.seeOther("/console/requests/" + requestId.value());
        } catch (DomainException e) {
            return refused(requestId, FormFailure.of(e));
        }
    }

    private Response refused(UsageRequestId id, FormFailure failure) {
        return page.status(failure.status(), detailPage(id).data("error", failure.message())
                .data("stale", failure.stale()));
    }

    private TemplateInstance detailPage(UsageRequestId id) {
        Decided decided = findRequests.get(page.actor(), id);
        UsageRequest request = decided.request();
        Optional<AssessUsageRequest.Assessment> assessment = assessment(id);
        boolean requester = page.me().requester();
        boolean open = !request.isDecided() && request.state() != RequestState.WITHDRAWN;
        return page.of(detail).data("request", request).data("approval", decided.approval().orElse(null))
                .data("assessment", assessment.orElse(null))
                .data("draft", request.state() == RequestState.DRAFT)
                .data("obligations", AssessmentView.obligations(request, assessment))
                .data("remaining", AssessmentView.remaining(assessment))
                .data("canEdit", requester && request.state() == RequestState.DRAFT)
                .data("canWithdraw", requester && open)
                .data("stale", false);
    }

    /** What the rules say now; a request whose model lost its deployment cannot be assessed any more. */
    private Optional<AssessUsageRequest.Assessment> assessment(UsageRequestId id) {
        try {
            return Optional.of(assessRequest.assess(page.actor(), id));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    private TemplateInstance formPage(DraftForm input, UsageRequest editing) {
        return page.of(form).data("form", input).data("editing", editing)
                .data("models", findModels.search(ModelQuery.all(), new PageRequest(0, PageRequest.MAX_SIZE)).items())
                .data("deployments", names(DeploymentKind.values()))
                .data("taskCategories", names(TaskCategory.values()))
                .data("audiences", names(Audience.values()))
                .data("classifications", names(DataClassification.values()))
                .data("stale", false);
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    static UsageRequestId requestId(String raw) {
        return Params.pathId(raw, UsageRequestId::parse, "usage request");
    }

    /** The version the page showed; a form without one (a hand-made request) acts on the current one. */
    static OptionalLong version(String raw) {
        if (raw == null || raw.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(raw.strip()));
        } catch (NumberFormatException e) {
            throw new io.modelgate.domain.shared.InvalidValueException("version", "must be a whole number");
        }
    }
}
