package io.modelgate.application.testing;

import io.modelgate.application.catalog.port.out.Licenses;
import io.modelgate.application.catalog.port.in.ModelQuery;
import io.modelgate.application.catalog.port.out.Models;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.application.shared.Transactions;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.Lifecycle;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.catalog.SourceKind;
import io.modelgate.domain.license.LicenseId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link Models} must do. Run against the in-memory fake here and against the
 * PostgreSQL adapter in bootstrap, so the fake the use-case tests rely on cannot drift.
 */
public abstract class ModelsContract {

    protected abstract Models models();

    protected abstract Licenses licenses();

    protected abstract Transactions transactions();

    private String licenseId;
    private String provider;

    @BeforeEach
    void aLicenseAndAUniqueProvider() {
        licenseId = "contract-" + UUID.randomUUID().toString().substring(0, 8);
        provider = "Provider " + UUID.randomUUID();
        transactions().inTransaction(() -> licenses().add(CatalogSamples.permissiveLicense(licenseId)));
    }

    private Model newModel(SourceKind kind, DeploymentKind... deployments) {
        ModelId id = new ModelId("m-" + UUID.randomUUID().toString().substring(0, 12));
        return Model.register(id, CatalogSamples.spec(licenseId, provider, kind, deployments));
    }

    private Model add(Model model) {
        return transactions().inTransaction(() -> models().add(model));
    }

    @Test
    void stores_and_finds_a_model_exactly_as_given() {
        Model model = newModel(SourceKind.OPEN_WEIGHTS, DeploymentKind.ON_PREMISES, DeploymentKind.VENDOR_API);
        add(model);
        Model found = transactions().inTransaction(() -> models().find(model.id())).orElseThrow();
        assertThat(found.spec()).isEqualTo(model.spec());
        assertThat(found.lifecycle()).isEqualTo(Lifecycle.ACTIVE);
        assertThat(found.version()).isZero();
        assertThat(transactions().inTransaction(() -> models().exists(model.id()))).isTrue();
        assertThat(transactions().inTransaction(() -> models().find(new ModelId("no-such-model-here")))).isEmpty();
    }

    @Test
    void an_update_bumps_the_version_and_a_stale_one_is_refused() {
        Model model = add(newModel(SourceKind.CLOSED, DeploymentKind.VENDOR_API));
        Model deprecated = transactions().inTransaction(() -> models().update(model.moveTo(Lifecycle.DEPRECATED)));
        assertThat(deprecated.version()).isEqualTo(1);
        assertThat(deprecated.lifecycle()).isEqualTo(Lifecycle.DEPRECATED);
        assertThatThrownBy(() -> transactions().inTransaction(() -> models().update(model.moveTo(Lifecycle.RETIRED))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(transactions().inTransaction(() -> models().find(model.id())).orElseThrow().lifecycle())
                .isEqualTo(Lifecycle.DEPRECATED);
    }

    @Test
    void revising_replaces_deployments_strengths_and_scores() {
        Model model = add(newModel(SourceKind.OPEN_WEIGHTS, DeploymentKind.ON_PREMISES, DeploymentKind.PRIVATE_CLOUD));
        var revisedSpec = CatalogSamples.spec(licenseId, provider, SourceKind.OPEN_WEIGHTS, DeploymentKind.VENDOR_API);
        Model revised = transactions().inTransaction(() -> models().update(model.revise(revisedSpec)));
        Model found = transactions().inTransaction(() -> models().find(model.id())).orElseThrow();
        assertThat(found.spec().deployments()).extracting(d -> d.kind()).containsExactly(DeploymentKind.VENDOR_API);
        assertThat(found.version()).isEqualTo(revised.version()).isEqualTo(1);
    }

    @Test
    void searches_by_every_filter_and_pages() {
        Model open = add(newModel(SourceKind.OPEN_WEIGHTS, DeploymentKind.ON_PREMISES));
        Model closed = add(newModel(SourceKind.CLOSED, DeploymentKind.VENDOR_API));
        Model retired = add(newModel(SourceKind.CLOSED, DeploymentKind.VENDOR_API));
        transactions().inTransaction(() -> models().update(retired.moveTo(Lifecycle.RETIRED)));
        Optional<String> byProvider = Optional.of(provider.toUpperCase());

        var all = transactions().inTransaction(() -> models().search(
                new ModelQuery(byProvider, Optional.empty(), Optional.empty(), Optional.empty()), new PageRequest(0, 50)));
        assertThat(all.items()).extracting(Model::id).containsExactlyInAnyOrder(open.id(), closed.id(), retired.id());
        assertThat(all.totalItems()).isEqualTo(3);

        var onPremises = transactions().inTransaction(() -> models().search(new ModelQuery(byProvider,
                Optional.empty(), Optional.of(DeploymentKind.ON_PREMISES), Optional.empty()), new PageRequest(0, 50)));
        assertThat(onPremises.items()).extracting(Model::id).containsExactly(open.id());

        var activeClosed = transactions().inTransaction(() -> models().search(new ModelQuery(byProvider,
                Optional.of(SourceKind.CLOSED), Optional.empty(), Optional.of(Lifecycle.ACTIVE)), new PageRequest(0, 50)));
        assertThat(activeClosed.items()).extracting(Model::id).containsExactly(closed.id());

        var secondPage = transactions().inTransaction(() -> models().search(
                new ModelQuery(byProvider, Optional.empty(), Optional.empty(), Optional.empty()), new PageRequest(1, 2)));
        assertThat(secondPage.items()).hasSize(1);
        assertThat(secondPage.totalItems()).isEqualTo(3);
        assertThat(secondPage.totalPages()).isEqualTo(2);
    }

    @Test
    void licenses_round_trip_with_their_terms_and_clauses() {
        var found = transactions().inTransaction(() -> licenses().find(new LicenseId(licenseId))).orElseThrow();
        assertThat(found).isEqualTo(CatalogSamples.permissiveLicense(licenseId));
        var revised = transactions().inTransaction(() -> licenses().update(found.revise("Renamed", found.spdxId(),
                found.textUrl(), found.summary(), found.terms())));
        assertThat(revised.version()).isEqualTo(1);
        assertThatThrownBy(() -> transactions().inTransaction(() -> licenses().update(found)))
                .isInstanceOf(StaleVersionException.class);
    }
}
