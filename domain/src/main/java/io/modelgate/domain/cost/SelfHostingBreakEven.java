package io.modelgate.domain.cost;

import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.shared.Require;

/** When self-hosting one candidate becomes cheaper than calling another through its vendor API. */
public record SelfHostingBreakEven(ModelId selfHostedModel, DeploymentKind selfHostedDeployment, ModelId apiModel,
                                   BreakEven breakEven) {

    public SelfHostingBreakEven {
        Require.present(selfHostedModel, "selfHostedModel");
        Require.present(selfHostedDeployment, "selfHostedDeployment");
        Require.that(selfHostedDeployment.selfHosted(), "selfHostedDeployment", "must be a self-hosted deployment");
        Require.present(apiModel, "apiModel");
        Require.present(breakEven, "breakEven");
    }
}
