package io.modelgate.application.catalog;

import io.modelgate.application.catalog.port.in.ChangeModelLifecycle;
import io.modelgate.application.catalog.port.in.RegisterModel;
import io.modelgate.application.catalog.port.in.ReviseModel;
import io.modelgate.application.catalog.port.out.CatalogChanges;
import io.modelgate.application.catalog.service.LicenseCatalogService;
import io.modelgate.application.catalog.service.ModelCatalogService;
import io.modelgate.application.catalog.port.in.RegisterLicense;
import io.modelgate.application.catalog.port.in.ReviseLicense;
import io.modelgate.application.shared.Actor;
import io.modelgate.application.shared.Audit;
import io.modelgate.application.shared.AlreadyExistsException;
import io.modelgate.application.shared.NotFoundException;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.application.shared.UnknownReferenceException;
import io.modelgate.application.testing.CatalogSamples;
import io.modelgate.application.testing.DirectTransactions;
import io.modelgate.application.testing.InMemoryAuditTrail;
import io.modelgate.application.testing.InMemoryLicenses;
import io.modelgate.application.testing.InMemoryModels;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.Lifecycle;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.catalog.ModelSpec;
import io.modelgate.domain.catalog.SourceKind;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelCatalogServiceTest {

    final Actor admin = new Actor("ada", Set.of("admin"), Optional.empty());
    final InMemoryModels models = new InMemoryModels();
    final InMemoryLicenses licenses = new InMemoryLicenses();
    final DirectTransactions transactions = new DirectTransactions();
    final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    final Audit audit = new Audit(trail, Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC));
    final ModelCatalogService catalog = new ModelCatalogService(models, licenses, transactions, audit,
            CatalogChanges.NONE);
    final LicenseCatalogService licenseCatalog = new LicenseCatalogService(licenses, transactions, audit,
            CatalogChanges.NONE);

    ModelCatalogServiceTest() {
        licenses.add(CatalogSamples.permissiveLicense("apache-2.0"));
    }

    ModelSpec spec(String licenseId) {
        return CatalogSamples.spec(licenseId, "Acme", SourceKind.OPEN_WEIGHTS, DeploymentKind.ON_PREMISES);
    }

    Model register(String id) {
        return catalog.register(new RegisterModel.Command(admin, new ModelId(id), spec("apache-2.0")));
    }

    @Test
    void registers_an_active_model_in_one_transaction() {
        Model model = register("acme-7b");
        assertThat(model.lifecycle()).isEqualTo(Lifecycle.ACTIVE);
        assertThat(models.find(new ModelId("acme-7b"))).isPresent();
        assertThat(transactions.units()).isEqualTo(1);
        assertThat(trail.events()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("MODEL.REGISTERED");
            assertThat(e.actor()).isEqualTo("ada");
            assertThat(e.entityId()).isEqualTo("acme-7b");
        });
    }

    @Test
    void refuses_a_taken_id_an_unknown_license_and_an_unknown_or_self_base_model() {
        register("acme-7b");
        assertThatThrownBy(() -> register("acme-7b")).isInstanceOf(AlreadyExistsException.class)
                .hasMessageContaining("acme-7b");
        assertThatThrownBy(() -> catalog.register(new RegisterModel.Command(admin, new ModelId("acme-8b"),
                spec("no-such-license")))).isInstanceOf(UnknownReferenceException.class)
                .extracting(e -> ((UnknownReferenceException) e).field()).isEqualTo("licenseId");
        ModelSpec derivedFromNothing = withBase(spec("apache-2.0"), "ghost-model");
        assertThatThrownBy(() -> catalog.register(new RegisterModel.Command(admin, new ModelId("acme-9b"),
                derivedFromNothing))).isInstanceOf(UnknownReferenceException.class)
                .extracting(e -> ((UnknownReferenceException) e).field()).isEqualTo("baseModel");
        assertThatThrownBy(() -> catalog.revise(new ReviseModel.Command(admin, new ModelId("acme-7b"),
                withBase(spec("apache-2.0"), "acme-7b"), OptionalLong.empty())))
                .isInstanceOf(InvalidValueException.class);
        assertThat(models.exists(new ModelId("acme-8b"))).isFalse();
        assertThat(models.exists(new ModelId("acme-9b"))).isFalse();
        assertThat(trail.events()).extracting(e -> e.action()).containsExactly("MODEL.REGISTERED");
    }

    @Test
    void a_derived_model_may_name_an_existing_base() {
        register("llama-3-8b");
        Model swallow = catalog.register(new RegisterModel.Command(admin, new ModelId("llama-3-swallow"),
                withBase(spec("apache-2.0"), "llama-3-8b")));
        assertThat(swallow.spec().baseModel()).contains(new ModelId("llama-3-8b"));
    }

    @Test
    void revises_only_the_version_the_caller_saw() {
        register("acme-7b");
        Model revised = catalog.revise(new ReviseModel.Command(admin, new ModelId("acme-7b"), spec("apache-2.0"),
                OptionalLong.of(0)));
        assertThat(revised.version()).isEqualTo(1);
        assertThatThrownBy(() -> catalog.revise(new ReviseModel.Command(admin, new ModelId("acme-7b"),
                spec("apache-2.0"), OptionalLong.of(0))))
                .isInstanceOf(StaleVersionException.class)
                .matches(e -> ((StaleVersionException) e).announcedByCaller());
        assertThatThrownBy(() -> catalog.revise(new ReviseModel.Command(admin, new ModelId("ghost"),
                spec("apache-2.0"), OptionalLong.empty()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void lifecycle_moves_forward_only() {
        register("acme-7b");
        Model deprecated = catalog.moveTo(new ChangeModelLifecycle.Command(admin, new ModelId("acme-7b"),
                Lifecycle.DEPRECATED, Optional.of("superseded"), OptionalLong.empty()));
        assertThat(deprecated.lifecycle()).isEqualTo(Lifecycle.DEPRECATED);
        assertThat(trail.events().get(trail.events().size() - 1).summary()).isEqualTo("ACTIVE → DEPRECATED: superseded");
        assertThatThrownBy(() -> catalog.moveTo(new ChangeModelLifecycle.Command(admin, new ModelId("acme-7b"),
                Lifecycle.ACTIVE, Optional.empty(), OptionalLong.empty())))
                .isInstanceOf(StateConflictException.class)
                .matches(e -> ((StateConflictException) e).currentState().equals("DEPRECATED"));
        assertThat(models.find(new ModelId("acme-7b")).orElseThrow().lifecycle()).isEqualTo(Lifecycle.DEPRECATED);
    }

    @Test
    void licenses_register_and_revise() {
        var registered = licenseCatalog.register(new RegisterLicense.Command(admin,
                CatalogSamples.permissiveLicense("mit")));
        assertThat(registered.version()).isZero();
        assertThatThrownBy(() -> licenseCatalog.register(new RegisterLicense.Command(admin,
                CatalogSamples.permissiveLicense("mit")))).isInstanceOf(AlreadyExistsException.class);
        var revised = licenseCatalog.revise(new ReviseLicense.Command(admin, registered.revise("MIT License",
                registered.spdxId(), registered.textUrl(), registered.summary(), registered.terms()),
                OptionalLong.of(0)));
        assertThat(revised.name()).isEqualTo("MIT License");
        assertThat(revised.version()).isEqualTo(1);
        assertThatThrownBy(() -> licenseCatalog.get(new io.modelgate.domain.license.LicenseId("gpl-3.0")))
                .isInstanceOf(NotFoundException.class);
    }

    private static ModelSpec withBase(ModelSpec s, String base) {
        return new ModelSpec(s.name(), s.provider(), s.sourceKind(), s.licenseId(), Optional.of(new ModelId(base)),
                s.deployments(), s.contextWindowTokens(), s.strengths(), s.benchmarkScores(), s.qualityTier());
    }
}
