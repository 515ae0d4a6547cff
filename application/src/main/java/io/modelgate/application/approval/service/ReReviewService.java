package io.modelgate.application.approval.service;

import io.modelgate.application.approval.port.out.Approvals;
import io.modelgate.application.approval.port.out.UsageRequests;
import io.modelgate.application.catalog.port.out.CatalogChanges;
import io.modelgate.application.catalog.port.out.Models;
import io.modelgate.application.classification.port.out.ClassificationPolicies;
import io.modelgate.application.licensing.service.LicenseChain;
import io.modelgate.application.shared.Actor;
import io.modelgate.application.shared.Audit;
import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.approval.ApprovalStatus;
import io.modelgate.domain.approval.UsageRequest;
import io.modelgate.domain.catalog.ApiPricing;
import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.Lifecycle;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.catalog.SelfHostedPricing;
import io.modelgate.domain.license.License;
import io.modelgate.domain.license.evaluation.Verdict;
import io.modelgate.domain.money.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps approvals true to the catalog, inside the catalog change's transaction: a retired model's
 * approvals are revoked; a license change, a model's new license or a price change beyond the
 * configured share flags the affected approvals for re-review, and a re-evaluation that now finds a
 * blocker suspends them.
 */
public final class ReReviewService implements CatalogChanges {

    private final Approvals approvals;
    private final UsageRequests requests;
    private final Models models;
    private final LicenseChain licenseChain;
    private final ClassificationPolicies policies;
    private final ApprovalRules rules;
    private final Audit audit;

    public ReReviewService(Approvals approvals, UsageRequests requests, Models models, LicenseChain licenseChain,
                           ClassificationPolicies policies, ApprovalRules rules, Audit audit) {
        this.approvals = approvals;
        this.requests = requests;
        this.models = models;
        this.licenseChain = licenseChain;
        this.policies = policies;
        this.rules = rules;
        this.audit = audit;
    }

    @Override
    public void modelChanged(Actor actor, Model before, Model after) {
        if (after.lifecycle() == Lifecycle.RETIRED && before.lifecycle() != Lifecycle.RETIRED) {
            for (Approval approval : approvals.unrevokedForModel(after.id())) {
                Approval revoked = approvals.update(approval.revoke("model " + after.id() + " was retired",
                        actor.subject(), now()));
                audit.record(actor, "APPROVAL.REVOKED", ApprovalService.ENTITY, revoked.id().value(), "REVOKED",
                        "model " + after.id() + " retired");
            }
            return;
        }
        List<String> reasons = new ArrayList<>();
        if (!before.spec().licenseId().equals(after.spec().licenseId())
                || !before.spec().baseModel().equals(after.spec().baseModel())) {
            reasons.add("license of " + after.id() + " changed (" + before.spec().licenseId() + " → "
                    + after.spec().licenseId() + ")");
        }
        priceChange(before, after).ifPresent(reasons::add);
        if (!reasons.isEmpty()) {
            reReview(actor, withDerivatives(Set.of(after.id())), String.join("; ", reasons));
        }
    }

    @Override
    public void licenseChanged(Actor actor, License before, License after) {
        if (!before.terms().equals(after.terms())) {
            reReview(actor, withDerivatives(new HashSet<>(models.usingLicense(after.id()))),
                    "terms of license " + after.id() + " changed");
        }
    }

    private void reReview(Actor actor, Set<ModelId> affected, String reason) {
        for (ModelId modelId : affected) {
            for (Approval approval : approvals.unrevokedForModel(modelId)) {
                Approval flagged = approval.flagForReReview(reason, now());
                Optional<String> blocker = blocker(flagged);
                if (blocker.isPresent() && flagged.status() == ApprovalStatus.ACTIVE) {
                    Approval suspended = approvals.update(flagged.suspend(reason + ": " + blocker.get(), now()));
                    audit.record(actor, "APPROVAL.SUSPENDED", ApprovalService.ENTITY, suspended.id().value(),
                            "SUSPENDED", reason + "; re-evaluation: " + blocker.get());
                } else {
                    Approval stored = approvals.update(flagged);
                    audit.record(actor, "APPROVAL.FLAGGED", ApprovalService.ENTITY, stored.id().value(),
                            stored.status().name(), "re-review needed: " + reason);
                }
            }
        }
    }

    /** Re-evaluates the approved use case under today's catalog and policy; the first blocker, if any. */
    private Optional<String> blocker(Approval approval) {
        Optional<Model> model = models.find(approval.model());
        if (model.isEmpty() || model.get().lifecycle() == Lifecycle.RETIRED) {
            return Optional.of("model " + approval.model() + " is retired");
        }
        Optional<Deployment> deployment = model.get().spec().deployment(approval.deployment());
        if (deployment.isEmpty()) {
            return Optional.of("model " + approval.model() + " no longer offers " + approval.deployment());
        }
        var classification = policies.current().policy().decide(deployment.get(), approval.highestClassification());
        if (classification.denied()) {
            return Optional.of(classification.reason());
        }
        Optional<UsageRequest> request = requests.find(approval.requestId());
        if (request.isPresent()) {
            var license = licenseChain.evaluate(model.get(), request.get().useCase());
            if (license.verdict() == Verdict.PROHIBITED) {
                return Optional.of(String.join(" ", license.reasons()));
            }
        }
        return Optional.empty();
    }

    /** The models given and every model derived from them, transitively (they inherit the terms). */
    private Set<ModelId> withDerivatives(Set<ModelId> roots) {
        Set<ModelId> all = new HashSet<>(roots);
        Deque<ModelId> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            for (ModelId derived : models.derivedFrom(todo.pop())) {
                if (all.add(derived)) {
                    todo.push(derived);
                }
            }
        }
        return all;
    }

    /** A price that moved by more than the configured share, in any deployment both versions have. */
    private Optional<String> priceChange(Model before, Model after) {
        for (Deployment old : before.spec().deployments()) {
            Optional<Deployment> now = after.spec().deployment(old.kind());
            if (now.isEmpty()) {
                continue;
            }
            List<Money[]> pairs = new ArrayList<>();
            if (old.pricing() instanceof ApiPricing a && now.get().pricing() instanceof ApiPricing b) {
                pairs.add(new Money[]{a.inputPerMillionTokens(), b.inputPerMillionTokens()});
                pairs.add(new Money[]{a.outputPerMillionTokens(), b.outputPerMillionTokens()});
            } else if (old.pricing() instanceof SelfHostedPricing a && now.get().pricing() instanceof SelfHostedPricing b) {
                pairs.add(new Money[]{a.gpuMonthlyCost(), b.gpuMonthlyCost()});
                pairs.add(new Money[]{a.fixedMonthlyOperationsCost(), b.fixedMonthlyOperationsCost()});
            }
            for (Money[] pair : pairs) {
                if (movedBeyondShare(pair[0], pair[1])) {
                    return Optional.of("price of " + after.id() + " " + old.kind() + " changed from " + pair[0]
                            + " to " + pair[1]);
                }
            }
        }
        return Optional.empty();
    }

    private boolean movedBeyondShare(Money before, Money after) {
        if (!before.currency().equals(after.currency())) {
            return true;
        }
        if (before.isZero()) {
            return !after.isZero();
        }
        BigDecimal change = BigDecimal.valueOf(Math.abs(after.minorUnits() - before.minorUnits()))
                .divide(BigDecimal.valueOf(before.minorUnits()), MathContext.DECIMAL64);
        return change.compareTo(rules.priceChangeShare()) > 0;
    }

    private Instant now() {
        return audit.clock().instant();
    }
}
