package io.modelgate.application.classification;

import io.modelgate.application.classification.port.in.ChangeClassificationPolicy;
import io.modelgate.application.classification.port.in.DecideClassification;
import io.modelgate.application.classification.port.in.InspectContent;
import io.modelgate.application.classification.service.ClassificationService;
import io.modelgate.application.shared.Actor;
import io.modelgate.application.shared.Audit;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.application.shared.UnknownReferenceException;
import io.modelgate.application.testing.CatalogSamples;
import io.modelgate.application.testing.DirectTransactions;
import io.modelgate.application.testing.InMemoryAuditTrail;
import io.modelgate.application.testing.InMemoryClassificationPolicies;
import io.modelgate.application.testing.InMemoryModels;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.catalog.SourceKind;
import io.modelgate.domain.classification.ClassificationPolicy;
import io.modelgate.domain.classification.ClassificationSource;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.classification.RuleBasedContentDetector;
import io.modelgate.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassificationServiceTest {

    final Instant now = Instant.parse("2026-11-29T10:00:00Z");
    final Actor admin = new Actor("ada", Set.of("admin"), Optional.empty());
    final Actor legal = new Actor("lena", Set.of("requester"), Optional.of("legal"));
    final InMemoryClassificationPolicies policies = new InMemoryClassificationPolicies();
    final InMemoryModels models = new InMemoryModels();
    final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    final ClassificationService service = new ClassificationService(policies, models, new RuleBasedContentDetector(),
            department -> department.filter("legal"::equals).isPresent()
                    ? DataClassification.CONFIDENTIAL : DataClassification.INTERNAL,
            new DirectTransactions(), new Audit(trail, Clock.fixed(now, ZoneOffset.UTC)));

    ClassificationServiceTest() {
        models.add(Model.register(new ModelId("acme-api"), CatalogSamples.spec("mit", "Acme", SourceKind.CLOSED,
                DeploymentKind.VENDOR_API)));
    }

    @Test
    void a_change_appends_a_version_stamped_with_the_actor_and_the_clock() {
        var changed = service.change(new ChangeClassificationPolicy.Command(admin, ClassificationPolicy.defaultPolicy(),
                Optional.of("re-affirmed"), OptionalLong.of(1)));
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.changedBy()).isEqualTo("ada");
        assertThat(changed.changedAt()).isEqualTo(now);
        assertThat(service.history()).hasSize(2);
        assertThatThrownBy(() -> service.change(new ChangeClassificationPolicy.Command(admin,
                ClassificationPolicy.defaultPolicy(), Optional.empty(), OptionalLong.of(1))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(service.history()).hasSize(2);
        assertThat(trail.events()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("POLICY.CHANGED");
            assertThat(e.summary()).isEqualTo("version 1 → 2: re-affirmed");
        });
    }

    @Test
    void decides_for_the_models_own_deployment_terms() {
        // the sample vendor API promises zero retention in JP, so CONFIDENTIAL may use it
        var confidential = service.decide(new DecideClassification.Query(new ModelId("acme-api"),
                DeploymentKind.VENDOR_API, DataClassification.CONFIDENTIAL));
        assertThat(confidential.decision().allowed()).isTrue();
        assertThat(confidential.policyVersion()).isEqualTo(1);
        var restricted = service.decide(new DecideClassification.Query(new ModelId("acme-api"),
                DeploymentKind.VENDOR_API, DataClassification.RESTRICTED));
        assertThat(restricted.decision().allowed()).isFalse();
        assertThatThrownBy(() -> service.decide(new DecideClassification.Query(new ModelId("acme-api"),
                DeploymentKind.ON_PREMISES, DataClassification.PUBLIC))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> service.decide(new DecideClassification.Query(new ModelId("ghost"),
                DeploymentKind.ON_PREMISES, DataClassification.PUBLIC))).isInstanceOf(UnknownReferenceException.class);
    }

    @Test
    void the_effective_level_is_the_strictest_of_declared_department_default_and_content() {
        var plain = service.inspect(new InspectContent.Query(legal, "議事録の要約をお願いします", Optional.of(DataClassification.PUBLIC)));
        assertThat(plain.effective().level()).isEqualTo(DataClassification.CONFIDENTIAL);
        assertThat(plain.effective().decidedBy()).isEqualTo(ClassificationSource.DEPARTMENT_DEFAULT);
        var card = service.inspect(new InspectContent.Query(legal, "card 4242 4242 4242 4242", Optional.empty()));
        assertThat(card.effective().level()).isEqualTo(DataClassification.RESTRICTED);
        assertThat(card.effective().decidedBy()).isEqualTo(ClassificationSource.CONTENT);
        assertThat(card.finding().markers().get(0).description()).doesNotContain("4242 4242");
    }
}
