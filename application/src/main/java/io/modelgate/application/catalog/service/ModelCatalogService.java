package io.modelgate.application.catalog.service;

import io.modelgate.application.catalog.port.in.ChangeModelLifecycle;
import io.modelgate.application.catalog.port.in.FindModels;
import io.modelgate.application.catalog.port.in.RegisterModel;
import io.modelgate.application.catalog.port.in.ReviseModel;
import io.modelgate.application.catalog.port.out.CatalogChanges;
import io.modelgate.application.catalog.port.out.Licenses;
import io.modelgate.application.catalog.port.in.ModelQuery;
import io.modelgate.application.catalog.port.out.Models;
import io.modelgate.application.shared.AlreadyExistsException;
import io.modelgate.application.shared.Audit;
import io.modelgate.application.shared.NotFoundException;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.application.shared.Transactions;
import io.modelgate.application.shared.UnknownReferenceException;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.catalog.ModelSpec;
import io.modelgate.domain.shared.InvalidValueException;

import java.util.OptionalLong;

/** The model catalog's use cases. Each command runs in one transaction. */
public final class ModelCatalogService implements RegisterModel, ReviseModel, ChangeModelLifecycle, FindModels {

    private static final String ENTITY = "model";

    private final Models models;
    private final Licenses licenses;
    private final Transactions transactions;
    private final Audit audit;
    private final CatalogChanges changes;

    public ModelCatalogService(Models models, Licenses licenses, Transactions transactions, Audit audit,
                               CatalogChanges changes) {
        this.models = models;
        this.licenses = licenses;
        this.transactions = transactions;
        this.audit = audit;
        this.changes = changes;
    }

    @Override
    public Model register(RegisterModel.Command command) {
        return transactions.inTransaction(() -> {
            if (models.exists(command.id())) {
                throw new AlreadyExistsException(ENTITY, command.id());
            }
            checkReferences(command.id(), command.spec());
            Model added = models.add(Model.register(command.id(), command.spec()));
            audit.record(command.actor(), "MODEL.REGISTERED", ENTITY, added.id(), "SUCCESS",
                    "registered " + added.spec().name() + " (" + added.spec().provider() + ", license "
                            + added.spec().licenseId() + ", deployments " + kinds(added) + ")");
            return added;
        });
    }

    @Override
    public Model revise(ReviseModel.Command command) {
        return transactions.inTransaction(() -> {
            Model current = load(command.id(), command.expectedVersion());
            checkReferences(command.id(), command.spec());
            Model revised = models.update(current.revise(command.spec()));
            audit.record(command.actor(), "MODEL.REVISED", ENTITY, revised.id(), "SUCCESS",
                    "version " + current.version() + " → " + revised.version() + "; changed: "
                            + ModelChanges.between(current.spec(), revised.spec()));
            changes.modelChanged(command.actor(), current, revised);
            return revised;
        });
    }

    @Override
    public Model moveTo(ChangeModelLifecycle.Command command) {
        return transactions.inTransaction(() -> {
            Model current = load(command.id(), command.expectedVersion());
            Model moved = models.update(current.moveTo(command.target()));
            audit.record(command.actor(), "MODEL.LIFECYCLE_CHANGED", ENTITY, moved.id(), "SUCCESS",
                    current.lifecycle() + " → " + moved.lifecycle() + command.reason().map(r -> ": " + r).orElse(""));
            changes.modelChanged(command.actor(), current, moved);
            return moved;
        });
    }

    @Override
    public Page<Model> search(ModelQuery query, PageRequest page) {
        return transactions.inTransaction(() -> models.search(query, page));
    }

    @Override
    public Model get(ModelId id) {
        return transactions.inTransaction(() -> models.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id)));
    }

    private Model load(ModelId id, OptionalLong expectedVersion) {
        Model current = models.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current.version()) {
            throw StaleVersionException.expected(ENTITY, id, expectedVersion.getAsLong(), current.version());
        }
        return current;
    }

    private static java.util.List<String> kinds(Model model) {
        return model.spec().deployments().stream().map(d -> d.kind().name()).toList();
    }

    private void checkReferences(ModelId id, ModelSpec spec) {
        if (!licenses.exists(spec.licenseId())) {
            throw new UnknownReferenceException("licenseId", "license", spec.licenseId());
        }
        if (spec.baseModel().isPresent()) {
            ModelId base = spec.baseModel().get();
            if (base.equals(id)) {
                throw new InvalidValueException("baseModel", "a model cannot be derived from itself");
            }
            if (!models.exists(base)) {
                throw new UnknownReferenceException("baseModel", ENTITY, base);
            }
        }
    }
}
