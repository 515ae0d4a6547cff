package io.modelgate.application.testing;

import io.modelgate.application.classification.port.out.ClassificationPolicies;
import io.modelgate.application.classification.port.in.VersionedPolicy;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.application.shared.Transactions;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.classification.ClassificationPolicy;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.classification.LevelRule;
import io.modelgate.domain.classification.VendorApiCondition;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link ClassificationPolicies} must do; run on the fake and on PostgreSQL. */
public abstract class ClassificationPoliciesContract {

    protected abstract ClassificationPolicies policies();

    protected abstract Transactions transactions();

    static ClassificationPolicy stricter() {
        Map<DataClassification, LevelRule> rules = new EnumMap<>(DataClassification.class);
        rules.put(DataClassification.PUBLIC, LevelRule.anyDeployment());
        rules.put(DataClassification.INTERNAL, LevelRule.of(EnumSet.allOf(DeploymentKind.class),
                new VendorApiCondition(true, Optional.empty(), true)));
        rules.put(DataClassification.CONFIDENTIAL, LevelRule.only(DeploymentKind.PRIVATE_CLOUD, DeploymentKind.ON_PREMISES));
        rules.put(DataClassification.RESTRICTED, LevelRule.only(DeploymentKind.ON_PREMISES));
        return ClassificationPolicy.of(rules);
    }

    @Test
    void starts_from_a_policy_and_appends_versions_that_round_trip() {
        VersionedPolicy before = transactions().inTransaction(() -> policies().current());
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        VersionedPolicy next = new VersionedPolicy(before.version() + 1, stricter(), "ada", at, Optional.of("tighter"));
        transactions().inTransaction(() -> policies().append(next));
        VersionedPolicy current = transactions().inTransaction(() -> policies().current());
        assertThat(current).isEqualTo(next);
        assertThat(transactions().inTransaction(() -> policies().history()))
                .extracting(VersionedPolicy::version).endsWith(before.version(), before.version() + 1);
        // give the others their policy back
        transactions().inTransaction(() -> policies().append(new VersionedPolicy(next.version() + 1,
                before.policy(), "ada", at, Optional.of("back"))));
    }

    @Test
    void refuses_to_append_on_a_version_that_is_not_the_newest() {
        VersionedPolicy current = transactions().inTransaction(() -> policies().current());
        assertThatThrownBy(() -> transactions().inTransaction(() -> policies().append(new VersionedPolicy(
                current.version(), stricter(), "ada", Instant.now(), Optional.empty()))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(transactions().inTransaction(() -> policies().current())).isEqualTo(current);
    }
}
