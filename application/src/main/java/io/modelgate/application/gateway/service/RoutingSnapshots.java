package io.modelgate.application.gateway.service;

import io.modelgate.application.approval.port.in.ApprovalQuery;
import io.modelgate.application.approval.port.out.Approvals;
import io.modelgate.application.catalog.port.in.ModelQuery;
import io.modelgate.application.catalog.port.out.Models;
import io.modelgate.application.classification.port.out.ClassificationPolicies;
import io.modelgate.application.classification.port.in.VersionedPolicy;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.application.shared.Transactions;
import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.approval.UsageRequestId;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.license.LicenseId;
import io.modelgate.domain.shared.Require;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What the gateway routes by, kept per department between calls ({@code T}: the department's approvals
 * resolved to their models and deployments, the current classification policy, and the routing table
 * compiled from them). Loading them costs a few queries and a table compilation per call; a snapshot
 * costs a map lookup.
 *
 * <p><b>Freshness.</b> Every write through the watched ports ({@link #watch(Approvals)},
 * {@link #watch(Models)}, {@link #watch(ClassificationPolicies)}: approvals granted, revoked, suspended,
 * flagged or confirmed; models registered, revised or moved in their lifecycle; a new policy version)
 * makes every snapshot of this instance stale, once when the write is made and again when its transaction
 * ends, so a snapshot loaded while the change was being committed is not kept either. The next call loads
 * afresh. Other instances do not hear of the change: each snapshot is reloaded at the latest
 * {@code maxAge} after it was loaded, so a change made through another instance — a revocation included —
 * takes effect here within {@code maxAge} plus one load. Approval expiry needs no reload: the router
 * checks every approval's validity against each call's instant.
 *
 * <p>When only the age ran out, one caller reloads while the others keep routing with the snapshot they
 * have (for at most that one load), so a department's calls never queue behind the refresh. After a
 * change, callers wait for the fresh snapshot: none of them routes with the old one.
 */
public final class RoutingSnapshots<T> {

    private final Duration maxAge;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentHashMap<DepartmentId, Snapshot<T>> byDepartment = new ConcurrentHashMap<>();
    private final Transactions transactions;

    /**
     * @param maxAge   how long a snapshot serves before it is reloaded even without a change heard of here
     *                 (the bound on staleness for changes made through other instances); zero turns
     *                 the snapshots off
     * @param nanoTime a monotonic clock ({@code System::nanoTime})
     * @param transactions whose end confirms an invalidation made inside one
     */
    public RoutingSnapshots(Duration maxAge, LongSupplier nanoTime, Transactions transactions) {
        Require.present(maxAge, "maxAge");
        Require.that(!maxAge.isNegative(), "maxAge", "must not be negative");
        this.maxAge = maxAge;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = Require.present(nanoTime, "nanoTime");
        this.transactions = Require.present(transactions, "transactions");
    }

    public Duration maxAge() {
        return maxAge;
    }

    /**
     * The department's snapshot, loaded by {@code loader} when there is none yet, after a change, or when
     * it is older than {@code maxAge}. The loader runs in the caller's thread.
     */
    public T current(DepartmentId department, Supplier<T> loader) {
        if (maxAgeNanos == 0) {
            return loader.get();
        }
        Snapshot<T> snapshot = byDepartment.get(department);
        long now = nanoTime.getAsLong();
        if (snapshot != null && snapshot.generation == generation.get()) {
            if (now - snapshot.loadedAt < maxAgeNanos || !snapshot.refreshing.compareAndSet(false, true)) {
                return snapshot.table; // fresh, or old and another caller is reloading it right now
            }
            try {
                return store(department, loader).table;
            } finally {
                snapshot.refreshing.set(false);
            }
        }
        // None, or stale after a change: one caller per department loads, the others wait for it.
        return byDepartment.compute(department, (key, present) -> present != null
                && present.generation == generation.get() ? present : load(loader)).table;
    }

    /** Makes every snapshot stale: the next call of each department loads afresh. */
    public void invalidate() {
        generation.incrementAndGet();
    }

    /** Number of snapshot generations so far: tells tests and metrics that a change was heard of. */
    public long generation() {
        return generation.get();
    }

    private Snapshot<T> store(DepartmentId department, Supplier<T> loader) {
        Snapshot<T> fresh = load(loader);
        byDepartment.put(department, fresh);
        return fresh;
    }

    private Snapshot<T> load(Supplier<T> loader) {
        // The generation is read before loading: a change committed meanwhile leaves this snapshot stale.
        long seen = generation.get();
        long loadedAt = nanoTime.getAsLong();
        return new Snapshot<>(loader.get(), seen, loadedAt);
    }

    private void changed() {
        invalidate();
        transactions.afterCompletion(this::invalidate);
    }

    public Approvals watch(Approvals approvals) {
        return new WatchedApprovals(approvals);
    }

    public Models watch(Models models) {
        return new WatchedModels(models);
    }

    public ClassificationPolicies watch(ClassificationPolicies policies) {
        return new WatchedPolicies(policies);
    }

    private record Snapshot<T>(T table, long generation, long loadedAt, AtomicBoolean refreshing) {
        Snapshot(T table, long generation, long loadedAt) {
            this(table, generation, loadedAt, new AtomicBoolean());
        }
    }

    private final class WatchedApprovals implements Approvals {
        private final Approvals delegate;

        WatchedApprovals(Approvals delegate) {
            this.delegate = Require.present(delegate, "approvals");
        }

        @Override
        public Optional<Approval> find(ApprovalId id) {
            return delegate.find(id);
        }

        @Override
        public Optional<Approval> findByRequest(UsageRequestId request) {
            return delegate.findByRequest(request);
        }

        @Override
        public Approval add(Approval approval) {
            changed();
            return delegate.add(approval);
        }

        @Override
        public Approval update(Approval approval) {
            changed();
            return delegate.update(approval);
        }

        @Override
        public Page<Approval> search(ApprovalQuery query, PageRequest page) {
            return delegate.search(query, page);
        }

        @Override
        public List<Approval> unrevokedForModel(ModelId model) {
            return delegate.unrevokedForModel(model);
        }

        @Override
        public List<Approval> forDepartment(DepartmentId department) {
            return delegate.forDepartment(department);
        }
    }

    private final class WatchedModels implements Models {
        private final Models delegate;

        WatchedModels(Models delegate) {
            this.delegate = Require.present(delegate, "models");
        }

        @Override
        public Optional<Model> find(ModelId id) {
            return delegate.find(id);
        }

        @Override
        public boolean exists(ModelId id) {
            return delegate.exists(id);
        }

        @Override
        public Page<Model> search(ModelQuery query, PageRequest page) {
            return delegate.search(query, page);
        }

        @Override
        public List<ModelId> usingLicense(LicenseId license) {
            return delegate.usingLicense(license);
        }

        @Override
        public List<ModelId> derivedFrom(ModelId base) {
            return delegate.derivedFrom(base);
        }

        @Override
        public Model add(Model model) {
            changed();
            return delegate.add(model);
        }

        @Override
        public Model update(Model model) {
            changed();
            return delegate.update(model);
        }
    }

    private final class WatchedPolicies implements ClassificationPolicies {
        private final ClassificationPolicies delegate;

        WatchedPolicies(ClassificationPolicies delegate) {
            this.delegate = Require.present(delegate, "policies");
        }

        @Override
        public VersionedPolicy current() {
            return delegate.current();
        }

        @Override
        public List<VersionedPolicy> history() {
            return delegate.history();
        }

        @Override
        public VersionedPolicy append(VersionedPolicy next) {
            changed();
            return delegate.append(next);
        }
    }
}
