package io.modelgate.domain.classification;

import io.modelgate.domain.testing.Deployments;
import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.DeploymentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default policy, row by row: every level × every deployment kind × every combination of
 * vendor terms (retention 0 / 30 days, region JP / US / GLOBAL, training yes / no).
 * The last column lists fragments the reason must contain; a leading '!' means "must not contain".
 */
class DefaultClassificationPolicyTest {

    private final ClassificationPolicy policy = ClassificationPolicy.defaultPolicy();

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PUBLIC       | PRIVATE_CLOUD | ALLOWED | PUBLIC data may use a private cloud.
            PUBLIC       | ON_PREMISES   | ALLOWED | PUBLIC data may use on-premises servers.
            INTERNAL     | PRIVATE_CLOUD | ALLOWED | INTERNAL data may use a private cloud.
            INTERNAL     | ON_PREMISES   | ALLOWED | INTERNAL data may use on-premises servers.
            CONFIDENTIAL | PRIVATE_CLOUD | ALLOWED | CONFIDENTIAL data may use a private cloud.
            CONFIDENTIAL | ON_PREMISES   | ALLOWED | CONFIDENTIAL data may use on-premises servers.
            RESTRICTED   | PRIVATE_CLOUD | DENIED  | RESTRICTED data may use only on-premises servers; this deployment is a private cloud.
            RESTRICTED   | ON_PREMISES   | ALLOWED | RESTRICTED data may use on-premises servers.
            """)
    void selfHostedDeployments(DataClassification level, DeploymentKind kind, String expected, String reason) {
        ClassificationDecision decision = policy.decide(Deployments.selfHosted(kind), level);

        assertThat(decision.allowed()).isEqualTo(expected.equals("ALLOWED"));
        assertThat(decision.denied()).isEqualTo(expected.equals("DENIED"));
        assertThat(decision.level()).isEqualTo(level);
        assertThat(decision.deploymentKind()).isEqualTo(kind);
        assertThat(decision.reason()).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0} on a vendor API keeping {1} days in {2}, trains={3}")
    @CsvSource(delimiter = '|', textBlock = """
            PUBLIC       |  0 | JP     | false | ALLOWED | PUBLIC data may use a vendor API under any vendor terms
            PUBLIC       |  0 | JP     | true  | ALLOWED | under any vendor terms
            PUBLIC       |  0 | US     | false | ALLOWED | under any vendor terms
            PUBLIC       |  0 | US     | true  | ALLOWED | under any vendor terms
            PUBLIC       |  0 | GLOBAL | false | ALLOWED | under any vendor terms
            PUBLIC       |  0 | GLOBAL | true  | ALLOWED | under any vendor terms
            PUBLIC       | 30 | JP     | false | ALLOWED | under any vendor terms
            PUBLIC       | 30 | JP     | true  | ALLOWED | under any vendor terms
            PUBLIC       | 30 | US     | false | ALLOWED | under any vendor terms
            PUBLIC       | 30 | US     | true  | ALLOWED | under any vendor terms
            PUBLIC       | 30 | GLOBAL | false | ALLOWED | under any vendor terms
            PUBLIC       | 30 | GLOBAL | true  | ALLOWED | under any vendor terms
            INTERNAL     |  0 | JP     | false | ALLOWED | INTERNAL data may use a vendor API under any vendor terms
            INTERNAL     |  0 | JP     | true  | ALLOWED | under any vendor terms
            INTERNAL     |  0 | US     | false | ALLOWED | under any vendor terms
            INTERNAL     |  0 | US     | true  | ALLOWED | under any vendor terms
            INTERNAL     |  0 | GLOBAL | false | ALLOWED | under any vendor terms
            INTERNAL     |  0 | GLOBAL | true  | ALLOWED | under any vendor terms
            INTERNAL     | 30 | JP     | false | ALLOWED | under any vendor terms
            INTERNAL     | 30 | JP     | true  | ALLOWED | under any vendor terms
            INTERNAL     | 30 | US     | false | ALLOWED | under any vendor terms
            INTERNAL     | 30 | US     | true  | ALLOWED | under any vendor terms
            INTERNAL     | 30 | GLOBAL | false | ALLOWED | under any vendor terms
            INTERNAL     | 30 | GLOBAL | true  | ALLOWED | under any vendor terms
            CONFIDENTIAL |  0 | JP     | false | ALLOWED | CONFIDENTIAL data may use this vendor API: it promises zero data retention and processing in JP.
            CONFIDENTIAL |  0 | JP     | true  | ALLOWED | it promises zero data retention and processing in JP
            CONFIDENTIAL |  0 | US     | false | DENIED  | only with zero data retention and processing in JP; this vendor processes it in US. ; !keeps data
            CONFIDENTIAL |  0 | US     | true  | DENIED  | this vendor processes it in US. ; !keeps data
            CONFIDENTIAL |  0 | GLOBAL | false | DENIED  | this vendor processes it GLOBAL. ; !keeps data
            CONFIDENTIAL |  0 | GLOBAL | true  | DENIED  | this vendor processes it GLOBAL. ; !keeps data
            CONFIDENTIAL | 30 | JP     | false | DENIED  | this vendor keeps data 30 days. ; !processes it
            CONFIDENTIAL | 30 | JP     | true  | DENIED  | this vendor keeps data 30 days. ; !processes it
            CONFIDENTIAL | 30 | US     | false | DENIED  | this vendor keeps data 30 days and processes it in US.
            CONFIDENTIAL | 30 | US     | true  | DENIED  | this vendor keeps data 30 days and processes it in US.
            CONFIDENTIAL | 30 | GLOBAL | false | DENIED  | CONFIDENTIAL data may use a vendor API only with zero data retention and processing in JP; this vendor keeps data 30 days and processes it GLOBAL.
            CONFIDENTIAL | 30 | GLOBAL | true  | DENIED  | this vendor keeps data 30 days and processes it GLOBAL.
            RESTRICTED   |  0 | JP     | false | DENIED  | RESTRICTED data may use only on-premises servers; this deployment is a vendor API.
            RESTRICTED   |  0 | JP     | true  | DENIED  | only on-premises servers; this deployment is a vendor API
            RESTRICTED   |  0 | US     | false | DENIED  | only on-premises servers; this deployment is a vendor API
            RESTRICTED   |  0 | US     | true  | DENIED  | only on-premises servers; this deployment is a vendor API
            RESTRICTED   |  0 | GLOBAL | false | DENIED  | only on-premises servers; this deployment is a vendor API
            RESTRICTED   |  0 | GLOBAL | true  | DENIED  | only on-premises servers; this deployment is a vendor API
            RESTRICTED   | 30 | JP     | false | DENIED  | only on-premises servers; this deployment is a vendor API
            RESTRICTED   | 30 | JP     | true  | DENIED  | only on-premises servers; this deployment is a vendor API
            RESTRICTED   | 30 | US     | false | DENIED  | only on-premises servers; this deployment is a vendor API
            RESTRICTED   | 30 | US     | true  | DENIED  | only on-premises servers; this deployment is a vendor API
            RESTRICTED   | 30 | GLOBAL | false | DENIED  | only on-premises servers; this deployment is a vendor API
            RESTRICTED   | 30 | GLOBAL | true  | DENIED  | only on-premises servers; this deployment is a vendor API
            """)
    void vendorApiDeployments(DataClassification level, int retentionDays, String region, boolean trains,
                              String expected, String mentions) {
        Deployment deployment = Deployments.vendorApi(retentionDays, region, trains);

        ClassificationDecision decision = policy.decide(deployment, level);

        assertThat(decision.allowed()).as(decision.reason()).isEqualTo(expected.equals("ALLOWED"));
        assertThat(decision.reason()).startsWith(level + " data ");
        for (String fragment : mentions.split(";")) {
            String trimmed = fragment.strip();
            if (trimmed.startsWith("!")) {
                assertThat(decision.reason()).doesNotContain(trimmed.substring(1));
            } else {
                assertThat(decision.reason()).contains(trimmed);
            }
        }
        // The convenience for callers that hold only the kind and the terms decides the same way.
        assertThat(policy.decide(deployment.kind(), deployment.vendorTerms(), level)).isEqualTo(decision);
    }

    @Test
    void theDefaultPolicyIsCoherentAndCoversEveryLevel() {
        assertThat(ClassificationPolicy.violationsOf(policy.rules())).isEmpty();
        assertThat(policy.rules()).containsOnlyKeys(DataClassification.values());
    }

    @Test
    void theDefaultRulesAreTheOnesInTheBrief() {
        assertThat(policy.ruleFor(DataClassification.PUBLIC)).isEqualTo(LevelRule.anyDeployment());
        assertThat(policy.ruleFor(DataClassification.INTERNAL)).isEqualTo(LevelRule.anyDeployment());
        LevelRule confidential = policy.ruleFor(DataClassification.CONFIDENTIAL);
        assertThat(confidential.allowedKinds()).containsExactly(DeploymentKind.values());
        assertThat(confidential.vendorApiCondition())
                .contains(new VendorApiCondition(true, Optional.of("JP"), false));
        assertThat(policy.ruleFor(DataClassification.RESTRICTED)).isEqualTo(LevelRule.only(DeploymentKind.ON_PREMISES));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            VENDOR_API    |  0 | JP     | CONFIDENTIAL
            VENDOR_API    |  0 | GLOBAL | INTERNAL
            VENDOR_API    | 30 | JP     | INTERNAL
            PRIVATE_CLOUD |  0 | -      | CONFIDENTIAL
            ON_PREMISES   |  0 | -      | RESTRICTED
            """)
    void theStrictestLevelADeploymentMayCarry(DeploymentKind kind, int retentionDays, String region,
                                              DataClassification expected) {
        Deployment deployment = kind == DeploymentKind.VENDOR_API
                ? Deployments.vendorApi(retentionDays, region, false)
                : Deployments.selfHosted(kind);

        assertThat(policy.strictestLevelFor(deployment)).contains(expected);
    }

    @Test
    void everyLevelGetsADecisionForEveryKind() {
        // A guard for the tables above: if a level or a kind is added, they must grow too.
        assertThat(Arrays.asList(DataClassification.values())).hasSize(4);
        assertThat(Arrays.asList(DeploymentKind.values())).hasSize(3);
    }
}
