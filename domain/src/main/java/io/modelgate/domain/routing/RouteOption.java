package io.modelgate.domain.routing;

import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.shared.Require;

/**
 * A route the department may be granted: one of its approvals with the catalog model and the
 * deployment it names, resolved by the caller. The three must agree: the approval's model is the
 * model, and the deployment is the model's own deployment of the approved kind.
 */
public record RouteOption(Approval approval, Model model, Deployment deployment) {

    public RouteOption {
        Require.present(approval, "approval");
        Require.present(model, "model");
        Require.present(deployment, "deployment");
        Require.that(approval.model().equals(model.id()), "model",
                "must be the approved model " + approval.model() + " (was " + model.id() + ")");
        Require.that(deployment.kind() == approval.deployment(), "deployment",
                "must be the approved deployment " + approval.deployment() + " (was " + deployment.kind() + ")");
        Require.that(model.spec().deployment(deployment.kind()).filter(deployment::equals).isPresent(), "deployment",
                "must be model " + model.id() + "'s own " + deployment.kind() + " deployment");
    }

    public ModelId modelId() {
        return model.id();
    }

    public DeploymentKind kind() {
        return deployment.kind();
    }

    /** "gpt-4o on VENDOR_API", for sentences. */
    String label() {
        return model.id() + " on " + deployment.kind();
    }
}
