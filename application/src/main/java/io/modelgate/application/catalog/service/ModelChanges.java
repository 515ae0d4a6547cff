package io.modelgate.application.catalog.service;

import io.modelgate.domain.catalog.ModelSpec;

import java.util.ArrayList;
import java.util.List;

/** Names the parts of a model description that a revision changed, for the audit summary. */
final class ModelChanges {

    private ModelChanges() {
    }

    static String between(ModelSpec before, ModelSpec after) {
        List<String> changed = new ArrayList<>();
        if (!before.name().equals(after.name())) {
            changed.add("name");
        }
        if (!before.provider().equals(after.provider())) {
            changed.add("provider");
        }
        if (before.sourceKind() != after.sourceKind()) {
            changed.add("sourceKind");
        }
        if (!before.licenseId().equals(after.licenseId())) {
            changed.add("license " + before.licenseId() + " → " + after.licenseId());
        }
        if (!before.baseModel().equals(after.baseModel())) {
            changed.add("baseModel");
        }
        if (!before.deployments().equals(after.deployments())) {
            changed.add("deployments or prices");
        }
        if (before.contextWindowTokens() != after.contextWindowTokens()) {
            changed.add("contextWindowTokens");
        }
        if (!before.strengths().equals(after.strengths())) {
            changed.add("strengths");
        }
        if (!before.benchmarkScores().equals(after.benchmarkScores())) {
            changed.add("benchmarkScores");
        }
        if (before.qualityTier() != after.qualityTier()) {
            changed.add("qualityTier");
        }
        return changed.isEmpty() ? "nothing" : String.join(", ", changed);
    }
}
