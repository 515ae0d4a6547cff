package io.modelgate.domain.catalog;

import io.modelgate.domain.license.LicenseId;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Everything an admin describes about a model; what can be revised. Identity, lifecycle and
 * version belong to {@link Model}.
 *
 * @param baseModel       the model this one is derived from (Llama 3 Swallow from Llama 3), whose
 *                        license terms it carries too
 * @param strengths       lower-case tags such as {@code japanese}, {@code code}, {@code reasoning}
 * @param benchmarkScores published scores by benchmark name, for example {@code MMLU → 82.0}
 */
public record ModelSpec(String name, String provider, SourceKind sourceKind, LicenseId licenseId,
                        Optional<ModelId> baseModel, List<Deployment> deployments, int contextWindowTokens,
                        Set<String> strengths, Map<String, BigDecimal> benchmarkScores, QualityTier qualityTier) {

    public static final int MAX_CONTEXT_WINDOW = 10_000_000;
    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    private static final Pattern BENCHMARK = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,31}");

    public ModelSpec {
        name = Require.text(name, "name", 120);
        provider = Require.text(provider, "provider", 80);
        Require.present(sourceKind, "sourceKind");
        Require.present(licenseId, "licenseId");
        Require.present(baseModel, "baseModel");
        Require.notEmpty(deployments, "deployments");
        Require.present(qualityTier, "qualityTier");
        Set<DeploymentKind> kinds = EnumSet.noneOf(DeploymentKind.class);
        for (Deployment deployment : deployments) {
            Require.present(deployment, "deployments");
            if (!kinds.add(deployment.kind())) {
                throw new InvalidValueException("deployments", "lists " + deployment.kind() + " twice");
            }
        }
        Require.positive(contextWindowTokens, "contextWindowTokens");
        Require.that(contextWindowTokens <= MAX_CONTEXT_WINDOW, "contextWindowTokens",
                "must be at most " + MAX_CONTEXT_WINDOW);
        Require.present(strengths, "strengths");
        for (String tag : strengths) {
            Require.that(tag != null && TAG.matcher(tag).matches(), "strengths",
                    "tags are lower-case words of letters, digits and '-' (was '" + tag + "')");
        }
        Require.present(benchmarkScores, "benchmarkScores");
        for (Map.Entry<String, BigDecimal> score : benchmarkScores.entrySet()) {
            Require.that(score.getKey() != null && BENCHMARK.matcher(score.getKey()).matches(),
                    "benchmarkScores", "benchmark names are short words (was '" + score.getKey() + "')");
            Require.that(score.getValue() != null && score.getValue().signum() >= 0
                            && score.getValue().compareTo(BigDecimal.valueOf(100)) <= 0,
                    "benchmarkScores." + score.getKey(), "must be a score between 0 and 100");
        }
        deployments = List.copyOf(deployments);
        strengths = Collections.unmodifiableSortedSet(new TreeSet<>(strengths));
        benchmarkScores = Collections.unmodifiableSortedMap(new TreeMap<>(benchmarkScores));
    }

    public Optional<Deployment> deployment(DeploymentKind kind) {
        return deployments.stream().filter(d -> d.kind() == kind).findFirst();
    }
}
