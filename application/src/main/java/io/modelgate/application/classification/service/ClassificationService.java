package io.modelgate.application.classification.service;

import io.modelgate.application.catalog.port.out.Models;
import io.modelgate.application.classification.port.in.ChangeClassificationPolicy;
import io.modelgate.application.classification.port.in.DecideClassification;
import io.modelgate.application.classification.port.in.InspectContent;
import io.modelgate.application.classification.port.in.ReadClassificationPolicy;
import io.modelgate.application.classification.port.out.ClassificationPolicies;
import io.modelgate.application.classification.port.out.DepartmentDefaults;
import io.modelgate.application.classification.port.in.VersionedPolicy;
import io.modelgate.application.shared.UnknownReferenceException;
import io.modelgate.application.shared.Audit;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.application.shared.Transactions;
import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.classification.ContentDetector;
import io.modelgate.domain.classification.ContentFinding;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.classification.EffectiveClassification;
import io.modelgate.domain.shared.InvalidValueException;

import java.util.List;

/** The classification policy's use cases: read, change (versioned), decide, inspect content. */
public final class ClassificationService
        implements ReadClassificationPolicy, ChangeClassificationPolicy, DecideClassification, InspectContent {

    private final ClassificationPolicies policies;
    private final Models models;
    private final ContentDetector detector;
    private final DepartmentDefaults departmentDefaults;
    private final Transactions transactions;
    private final Audit audit;

    public ClassificationService(ClassificationPolicies policies, Models models, ContentDetector detector,
                                 DepartmentDefaults departmentDefaults, Transactions transactions, Audit audit) {
        this.policies = policies;
        this.models = models;
        this.detector = detector;
        this.departmentDefaults = departmentDefaults;
        this.transactions = transactions;
        this.audit = audit;
    }

    @Override
    public VersionedPolicy current() {
        return transactions.inTransaction(policies::current);
    }

    @Override
    public List<VersionedPolicy> history() {
        return transactions.inTransaction(policies::history);
    }

    @Override
    public VersionedPolicy change(ChangeClassificationPolicy.Command command) {
        return transactions.inTransaction(() -> {
            VersionedPolicy current = policies.current();
            if (command.expectedVersion().isPresent() && command.expectedVersion().getAsLong() != current.version()) {
                throw StaleVersionException.expected("classification policy", "current",
                        command.expectedVersion().getAsLong(), current.version());
            }
            VersionedPolicy next = policies.append(new VersionedPolicy(current.version() + 1, command.policy(),
                    command.actor().subject(), audit.clock().instant(), command.note()));
            audit.record(command.actor(), "POLICY.CHANGED", "classification-policy", next.version(), "SUCCESS",
                    "version " + current.version() + " → " + next.version()
                            + command.note().map(n -> ": " + n).orElse(""));
            return next;
        });
    }

    @Override
    public DecideClassification.Result decide(DecideClassification.Query query) {
        return transactions.inTransaction(() -> {
            Model model = models.find(query.model())
                    .orElseThrow(() -> new UnknownReferenceException("modelId", "model", query.model()));
            Deployment deployment = model.spec().deployment(query.deployment()).orElseThrow(() ->
                    new InvalidValueException("deployment", "model " + model.id() + " has no "
                            + query.deployment() + " deployment; it has " + model.spec().deployments().stream()
                            .map(d -> d.kind().name()).toList()));
            VersionedPolicy policy = policies.current();
            return new DecideClassification.Result(model.id(), policy.policy().decide(deployment, query.level()),
                    policy.version());
        });
    }

    @Override
    public InspectContent.Result inspect(InspectContent.Query query) {
        DataClassification departmentDefault = departmentDefaults.defaultClassification(query.actor().department());
        ContentFinding finding = detector.inspect(query.text());
        return new InspectContent.Result(EffectiveClassification.of(query.declared(), departmentDefault, finding),
                finding, departmentDefault);
    }
}
