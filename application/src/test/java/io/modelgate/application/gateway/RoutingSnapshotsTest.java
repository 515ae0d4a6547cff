package io.modelgate.application.gateway;

import io.modelgate.application.catalog.port.out.Models;
import io.modelgate.application.classification.port.out.ClassificationPolicies;
import io.modelgate.application.classification.port.in.VersionedPolicy;
import io.modelgate.application.gateway.service.RoutingSnapshots;
import io.modelgate.application.shared.Transactions;
import io.modelgate.application.testing.CatalogSamples;
import io.modelgate.application.testing.DirectTransactions;
import io.modelgate.application.testing.InMemoryClassificationPolicies;
import io.modelgate.application.testing.InMemoryModels;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.catalog.SourceKind;
import io.modelgate.domain.classification.ClassificationPolicy;
import io.modelgate.domain.cost.ExchangeRates;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.routing.Router;
import io.modelgate.domain.routing.RoutingTable;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingSnapshotsTest {

    static final DepartmentId SALES = new DepartmentId("sales");
    static final DepartmentId LEGAL = new DepartmentId("legal");
    static final Duration MAX_AGE = Duration.ofSeconds(1);

    final AtomicLong nanos = new AtomicLong(1_000);
    final AtomicInteger loads = new AtomicInteger();

    /** Each load makes a new table object, so a test can tell a reload from a snapshot. */
    final Supplier<RoutingTable> loader = () -> {
        loads.incrementAndGet();
        return new Router(Currency.getInstance("JPY"), ExchangeRates.none())
                .tableFor(List.of(), ClassificationPolicy.defaultPolicy());
    };

    RoutingSnapshots<RoutingTable> snapshots(Duration maxAge, Transactions transactions) {
        return new RoutingSnapshots<>(maxAge, nanos::get, transactions);
    }

    @Test
    void a_department_loads_once_and_then_routes_from_its_snapshot_until_it_is_too_old() {
        RoutingSnapshots<RoutingTable> snapshots = snapshots(MAX_AGE, new DirectTransactions());
        RoutingTable first = snapshots.current(SALES, loader);
        nanos.addAndGet(MAX_AGE.toNanos() - 1);
        assertThat(snapshots.current(SALES, loader)).isSameAs(first);
        assertThat(loads).hasValue(1);

        nanos.addAndGet(1);
        RoutingTable reloaded = snapshots.current(SALES, loader);
        assertThat(reloaded).isNotSameAs(first);
        assertThat(loads).hasValue(2);
        assertThat(snapshots.current(SALES, loader)).isSameAs(reloaded);
    }

    @Test
    void departments_have_their_own_snapshots() {
        RoutingSnapshots<RoutingTable> snapshots = snapshots(MAX_AGE, new DirectTransactions());
        RoutingTable sales = snapshots.current(SALES, loader);
        RoutingTable legal = snapshots.current(LEGAL, loader);
        assertThat(legal).isNotSameAs(sales);
        assertThat(snapshots.current(SALES, loader)).isSameAs(sales);
        assertThat(loads).hasValue(2);
    }

    @Test
    void a_model_registered_or_revised_through_the_watched_port_makes_the_next_call_load_afresh() {
        RoutingSnapshots<RoutingTable> snapshots = snapshots(MAX_AGE, new DirectTransactions());
        Models models = snapshots.watch(new InMemoryModels());
        RoutingTable before = snapshots.current(SALES, loader);

        Model added = models.add(Model.register(new ModelId("phi-3-mini"), CatalogSamples.spec("mit", "Microsoft",
                SourceKind.OPEN_WEIGHTS, DeploymentKind.ON_PREMISES)));
        RoutingTable afterAdd = snapshots.current(SALES, loader);
        assertThat(afterAdd).isNotSameAs(before);

        models.update(added);
        assertThat(snapshots.current(SALES, loader)).isNotSameAs(afterAdd);
        assertThat(loads).hasValue(3);
        // reads through the watched port change nothing
        models.find(added.id());
        snapshots.current(SALES, loader);
        assertThat(loads).hasValue(3);
    }

    @Test
    void a_new_policy_version_makes_every_department_load_afresh() {
        RoutingSnapshots<RoutingTable> snapshots = snapshots(MAX_AGE, new DirectTransactions());
        ClassificationPolicies policies = snapshots.watch(new InMemoryClassificationPolicies());
        RoutingTable sales = snapshots.current(SALES, loader);
        RoutingTable legal = snapshots.current(LEGAL, loader);

        VersionedPolicy current = policies.current();
        policies.append(new VersionedPolicy(current.version() + 1, current.policy(), "admin",
                Instant.parse("2025-04-01T00:00:00Z"), Optional.of("tightened")));

        assertThat(snapshots.current(SALES, loader)).isNotSameAs(sales);
        assertThat(snapshots.current(LEGAL, loader)).isNotSameAs(legal);
        assertThat(loads).hasValue(4);
    }

    @Test
    void a_snapshot_loaded_before_the_changing_transaction_ended_is_not_kept() {
        OpenTransaction transaction = new OpenTransaction();
        RoutingSnapshots<RoutingTable> snapshots = snapshots(MAX_AGE, transaction);
        Models models = snapshots.watch(new InMemoryModels());
        snapshots.current(SALES, loader);

        models.add(Model.register(new ModelId("phi-3-mini"), CatalogSamples.spec("mit", "Microsoft",
                SourceKind.OPEN_WEIGHTS, DeploymentKind.ON_PREMISES)));
        // a gateway call while the change is not committed yet may read the old state…
        RoutingTable duringTransaction = snapshots.current(SALES, loader);
        transaction.end();
        // …so once the transaction has ended the next call loads again
        RoutingTable afterCommit = snapshots.current(SALES, loader);
        assertThat(afterCommit).isNotSameAs(duringTransaction);
        assertThat(loads).hasValue(3);
        assertThat(snapshots.current(SALES, loader)).isSameAs(afterCommit);
    }

    @Test
    void while_one_caller_reloads_an_old_snapshot_the_others_keep_routing_with_it() {
        RoutingSnapshots<RoutingTable> snapshots = snapshots(MAX_AGE, new DirectTransactions());
        RoutingTable old = snapshots.current(SALES, loader);
        nanos.addAndGet(MAX_AGE.toNanos());
        List<RoutingTable> seenDuringReload = new ArrayList<>();
        RoutingTable reloaded = snapshots.current(SALES, () -> {
            seenDuringReload.add(snapshots.current(SALES, loader)); // another call arriving meanwhile
            return loader.get();
        });
        assertThat(seenDuringReload).containsExactly(old);
        assertThat(reloaded).isNotSameAs(old);
        assertThat(snapshots.current(SALES, loader)).isSameAs(reloaded);
    }

    @Test
    void a_zero_max_age_loads_on_every_call() {
        RoutingSnapshots<RoutingTable> snapshots = snapshots(Duration.ZERO, new DirectTransactions());
        snapshots.current(SALES, loader);
        snapshots.current(SALES, loader);
        assertThat(loads).hasValue(2);
    }

    /** A transaction kept open by the test: what runs after its completion waits for {@link #end()}. */
    static final class OpenTransaction implements Transactions {
        private final List<Runnable> afterCompletion = new ArrayList<>();

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }

        @Override
        public void afterCompletion(Runnable action) {
            afterCompletion.add(action);
        }

        void end() {
            afterCompletion.forEach(Runnable::run);
            afterCompletion.clear();
        }
    }
}
