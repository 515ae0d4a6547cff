package io.modelgate.domain.catalog;

import io.modelgate.domain.license.LicenseId;
import io.modelgate.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.modelgate.domain.catalog.CatalogFixtures.deploymentOf;
import static io.modelgate.domain.catalog.CatalogFixtures.onPremises;
import static io.modelgate.domain.catalog.CatalogFixtures.privateCloud;
import static io.modelgate.domain.catalog.CatalogFixtures.spec;
import static io.modelgate.domain.catalog.CatalogFixtures.specBuilder;
import static io.modelgate.domain.catalog.CatalogFixtures.vendorApi;
import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelSpecTest {

    @Nested
    class Describing {

        @Test
        void keepsWhatItIsGiven() {
            ModelSpec spec = spec();

            assertThat(spec.name()).isEqualTo("Llama 3 Swallow 70B Instruct");
            assertThat(spec.provider()).isEqualTo("Tokyo Tech");
            assertThat(spec.sourceKind()).isEqualTo(SourceKind.OPEN_WEIGHTS);
            assertThat(spec.licenseId()).isEqualTo(new LicenseId("llama-3-community"));
            assertThat(spec.baseModel()).contains(new ModelId("llama-3-70b-instruct"));
            assertThat(spec.deployments()).containsExactly(privateCloud(), onPremises());
            assertThat(spec.contextWindowTokens()).isEqualTo(8192);
            assertThat(spec.strengths()).containsExactlyInAnyOrder("japanese", "reasoning");
            assertThat(spec.benchmarkScores()).containsExactly(Map.entry("MMLU", new BigDecimal("79.5")));
            assertThat(spec.qualityTier()).isEqualTo(QualityTier.STANDARD);
        }

        @Test
        void stripsNameAndProvider() {
            ModelSpec spec = specBuilder().name("  GPT-4o ").provider("\tOpenAI ").build();

            assertThat(spec.name()).isEqualTo("GPT-4o");
            assertThat(spec.provider()).isEqualTo("OpenAI");
        }

        @Test
        void aModelNeedNotHaveABaseModelStrengthsOrScores() {
            ModelSpec spec = specBuilder().baseModel(Optional.empty()).strengths(Set.of())
                    .benchmarkScores(Map.of()).build();

            assertThat(spec.baseModel()).isEmpty();
            assertThat(spec.strengths()).isEmpty();
            assertThat(spec.benchmarkScores()).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(SourceKind.class)
        void acceptsEverySourceKind(SourceKind sourceKind) {
            assertThat(specBuilder().sourceKind(sourceKind).build().sourceKind()).isEqualTo(sourceKind);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(QualityTier.class)
        void acceptsEveryQualityTier(QualityTier tier) {
            assertThat(specBuilder().qualityTier(tier).build().qualityTier()).isEqualTo(tier);
        }

        @Test
        void specsWithEqualContentsAreEqual() {
            ModelSpec a = specBuilder().strengths(Set.of("code", "japanese"))
                    .benchmarkScores(Map.of("MMLU", BigDecimal.ONE, "GSM8K", BigDecimal.TEN)).build();
            ModelSpec b = specBuilder().strengths(new HashSet<>(List.of("japanese", "code")))
                    .benchmarkScores(new HashMap<>(Map.of("GSM8K", BigDecimal.TEN, "MMLU", BigDecimal.ONE))).build();

            assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
            assertThat(a).isNotEqualTo(specBuilder().name("Other").build());
        }
    }

    @Nested
    class RequiredParts {

        @Test
        void refusesEachMissingPartNamingIt() {
            assertInvalid(() -> specBuilder().name(null).build(), "name");
            assertInvalid(() -> specBuilder().provider(null).build(), "provider");
            assertInvalid(() -> specBuilder().sourceKind(null).build(), "sourceKind");
            assertInvalid(() -> specBuilder().licenseId(null).build(), "licenseId");
            assertInvalid(() -> specBuilder().baseModel(null).build(), "baseModel");
            assertInvalid(() -> specBuilder().deployments(null).build(), "deployments");
            assertInvalid(() -> specBuilder().strengths(null).build(), "strengths");
            assertInvalid(() -> specBuilder().benchmarkScores(null).build(), "benchmarkScores");
            assertInvalid(() -> specBuilder().qualityTier(null).build(), "qualityTier");
        }

        @ParameterizedTest(name = "name [{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {"  ", "\t"})
        void refusesBlankName(String name) {
            assertInvalid(() -> specBuilder().name(name).build(), "name");
        }

        @ParameterizedTest(name = "provider [{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {"  ", "\t"})
        void refusesBlankProvider(String provider) {
            assertInvalid(() -> specBuilder().provider(provider).build(), "provider");
        }

        @ParameterizedTest(name = "name of {0} characters accepted={1}")
        @CsvSource({
                "1,true",
                "120,true",
                "121,false",
        })
        void nameIsAtMost120Characters(int length, boolean accepted) {
            String name = "n".repeat(length);
            if (accepted) {
                assertThat(specBuilder().name(name).build().name()).isEqualTo(name);
            } else {
                assertInvalid(() -> specBuilder().name(name).build(), "name");
            }
        }

        @ParameterizedTest(name = "provider of {0} characters accepted={1}")
        @CsvSource({
                "1,true",
                "80,true",
                "81,false",
        })
        void providerIsAtMost80Characters(int length, boolean accepted) {
            String provider = "p".repeat(length);
            if (accepted) {
                assertThat(specBuilder().provider(provider).build().provider()).isEqualTo(provider);
            } else {
                assertInvalid(() -> specBuilder().provider(provider).build(), "provider");
            }
        }
    }

    @Nested
    class Deployments {

        @Test
        void needsAtLeastOne() {
            InvalidValueException e = assertInvalid(() -> specBuilder().deployments(List.of()).build(), "deployments");
            assertThat(e.reason()).isEqualTo("must not be empty");
        }

        @Test
        void refusesANullEntry() {
            List<Deployment> withNull = Arrays.asList(onPremises(), null);

            assertInvalid(() -> specBuilder().deployments(withNull).build(), "deployments");
        }

        @ParameterizedTest(name = "{0} listed twice")
        @EnumSource(DeploymentKind.class)
        void refusesTheSameKindTwice(DeploymentKind kind) {
            List<Deployment> twice = List.of(deploymentOf(kind), deploymentOf(kind));

            InvalidValueException e = assertInvalid(() -> specBuilder().deployments(twice).build(), "deployments");
            assertThat(e.reason()).isEqualTo("lists " + kind + " twice");
        }

        @Test
        void refusesTheSameKindTwiceEvenWithDifferentTerms() {
            List<Deployment> twice = List.of(vendorApi(),
                    Deployment.vendorApi(new VendorTerms(0, "JP", false), CatalogFixtures.apiPricing()));

            assertInvalid(() -> specBuilder().deployments(twice).build(), "deployments");
        }

        @ParameterizedTest(name = "only {0}")
        @EnumSource(DeploymentKind.class)
        void acceptsAnySingleKind(DeploymentKind kind) {
            ModelSpec spec = specBuilder().deployments(List.of(deploymentOf(kind))).build();

            assertThat(spec.deployments()).containsExactly(deploymentOf(kind));
        }

        @Test
        void acceptsAllThreeKindsAndKeepsTheirOrder() {
            ModelSpec spec = specBuilder().deployments(List.of(onPremises(), vendorApi(), privateCloud())).build();

            assertThat(spec.deployments()).containsExactly(onPremises(), vendorApi(), privateCloud());
        }

        @ParameterizedTest(name = "lookup {0}")
        @EnumSource(DeploymentKind.class)
        void looksUpADeploymentByKind(DeploymentKind kind) {
            ModelSpec all = specBuilder().deployments(List.of(vendorApi(), privateCloud(), onPremises())).build();
            ModelSpec onlyOnPremises = specBuilder().deployments(List.of(onPremises())).build();

            assertThat(all.deployment(kind)).contains(deploymentOf(kind));
            assertThat(onlyOnPremises.deployment(kind).isPresent()).isEqualTo(kind == DeploymentKind.ON_PREMISES);
        }
    }

    @Nested
    class ContextWindow {

        @ParameterizedTest(name = "{0} tokens accepted={1}")
        @CsvSource({
                "-2147483648,false",
                "-1,false",
                "0,false",
                "1,true",
                "8192,true",
                "128000,true",
                "9999999,true",
                "10000000,true",
                "10000001,false",
                "2147483647,false",
        })
        void isBetweenOneAndTenMillionTokens(int tokens, boolean accepted) {
            if (accepted) {
                assertThat(specBuilder().contextWindowTokens(tokens).build().contextWindowTokens()).isEqualTo(tokens);
            } else {
                assertInvalid(() -> specBuilder().contextWindowTokens(tokens).build(), "contextWindowTokens");
            }
        }

        @Test
        void maximumIsTenMillion() {
            assertThat(ModelSpec.MAX_CONTEXT_WINDOW).isEqualTo(10_000_000);
        }
    }

    @Nested
    class Strengths {

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {"japanese", "code", "reasoning", "long-context", "a", "7", "ja2en", "multi-lingual-1",
                "abcdefghijklmnopqrstuvwxyz012345"})
        void acceptsLowerCaseTags(String tag) {
            assertThat(specBuilder().strengths(Set.of(tag)).build().strengths()).containsExactly(tag);
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {"Japanese", "CODE", "", " ", " code", "code ", "-code", "long_context", "long context",
                "日本語", "code!", "c.d", "abcdefghijklmnopqrstuvwxyz0123456"})
        void refusesOtherTags(String tag) {
            InvalidValueException e = assertInvalid(() -> specBuilder().strengths(Set.of(tag)).build(), "strengths");
            assertThat(e.reason()).contains("'" + tag + "'");
        }

        @Test
        void refusesANullTag() {
            Set<String> withNull = new HashSet<>(Arrays.asList("code", null));

            assertInvalid(() -> specBuilder().strengths(withNull).build(), "strengths");
        }

        @Test
        void oneBadTagSpoilsTheSet() {
            assertInvalid(() -> specBuilder().strengths(Set.of("code", "Japanese", "reasoning")).build(), "strengths");
        }
    }

    @Nested
    class BenchmarkScores {

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {"MMLU", "HumanEval", "GSM8K", "mt-bench", "JGLUE 1.1", "MT_Bench", "JMMLU 5-shot",
                "a", "7", "A234567890123456789012345678901b"})
        void acceptsShortBenchmarkNames(String name) {
            ModelSpec spec = specBuilder().benchmarkScores(Map.of(name, BigDecimal.ONE)).build();

            assertThat(spec.benchmarkScores()).containsEntry(name, BigDecimal.ONE);
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {"", " MMLU", "-MMLU", "_x", ".x", "MMLU/5", "MMLU:5", "日本語", "MMLU!",
                "A234567890123456789012345678901bc"})
        void refusesOtherBenchmarkNames(String name) {
            InvalidValueException e = assertInvalid(
                    () -> specBuilder().benchmarkScores(Map.of(name, BigDecimal.ONE)).build(), "benchmarkScores");
            assertThat(e.reason()).contains("'" + name + "'");
        }

        @Test
        void refusesANullBenchmarkName() {
            Map<String, BigDecimal> withNullName = new HashMap<>();
            withNullName.put(null, BigDecimal.ONE);

            assertInvalid(() -> specBuilder().benchmarkScores(withNullName).build(), "benchmarkScores");
        }

        @ParameterizedTest(name = "score {0} accepted={1}")
        @CsvSource({
                "-100,false",
                "-1,false",
                "-0.01,false",
                "-0.0000001,false",
                "0,true",
                "0.00,true",
                "0.0000001,true",
                "50.5,true",
                "82.0,true",
                "99.99,true",
                "100,true",
                "100.000,true",
                "100.0000001,false",
                "100.01,false",
                "101,false",
                "1E+3,false",
        })
        void scoresAreBetween0And100(BigDecimal score, boolean accepted) {
            if (accepted) {
                assertThat(specBuilder().benchmarkScores(Map.of("MMLU", score)).build().benchmarkScores())
                        .containsEntry("MMLU", score);
            } else {
                InvalidValueException e = assertInvalid(
                        () -> specBuilder().benchmarkScores(Map.of("MMLU", score)).build(), "benchmarkScores.MMLU");
                assertThat(e.reason()).isEqualTo("must be a score between 0 and 100");
            }
        }

        @Test
        void refusesAMissingScoreNamingTheBenchmark() {
            Map<String, BigDecimal> withNullScore = new HashMap<>();
            withNullScore.put("HumanEval", null);

            assertInvalid(() -> specBuilder().benchmarkScores(withNullScore).build(), "benchmarkScores.HumanEval");
        }
    }

    @Nested
    class Immutability {

        @Test
        void copiesTheDeploymentsList() {
            List<Deployment> deployments = new ArrayList<>(List.of(onPremises()));
            ModelSpec spec = specBuilder().deployments(deployments).build();

            deployments.add(vendorApi());
            deployments.set(0, privateCloud());

            assertThat(spec.deployments()).containsExactly(onPremises());
        }

        @Test
        void copiesTheStrengths() {
            Set<String> strengths = new HashSet<>(Set.of("code"));
            ModelSpec spec = specBuilder().strengths(strengths).build();

            strengths.add("japanese");
            strengths.remove("code");

            assertThat(spec.strengths()).containsExactly("code");
        }

        @Test
        void copiesTheBenchmarkScores() {
            Map<String, BigDecimal> scores = new HashMap<>(Map.of("MMLU", BigDecimal.ONE));
            ModelSpec spec = specBuilder().benchmarkScores(scores).build();

            scores.put("MMLU", BigDecimal.TEN);
            scores.put("GSM8K", BigDecimal.ONE);

            assertThat(spec.benchmarkScores()).containsExactly(Map.entry("MMLU", BigDecimal.ONE));
        }

        @Test
        void exposesUnmodifiableCollections() {
            ModelSpec spec = spec();

            assertThatThrownBy(() -> spec.deployments().add(vendorApi()))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> spec.deployments().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> spec.strengths().add("code"))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> spec.strengths().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> spec.benchmarkScores().put("GSM8K", BigDecimal.ONE))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> spec.benchmarkScores().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThat(spec).isEqualTo(spec());
        }
    }

    @org.junit.jupiter.api.Test
    void strengths_and_scores_iterate_in_sorted_order_so_json_and_audit_are_stable() {
        ModelSpec spec = new ModelSpec("Sorted", "Acme", SourceKind.OPEN_WEIGHTS,
                new io.modelgate.domain.license.LicenseId("mit"), java.util.Optional.empty(),
                java.util.List.of(CatalogFixtures.onPremises()), 8192,
                java.util.Set.of("h", "c", "a", "f", "b"),
                java.util.Map.of("Z", java.math.BigDecimal.ONE, "A", java.math.BigDecimal.TEN), QualityTier.COMPACT);
        org.assertj.core.api.Assertions.assertThat(spec.strengths()).containsExactly("a", "b", "c", "f", "h");
        org.assertj.core.api.Assertions.assertThat(spec.benchmarkScores().keySet()).containsExactly("A", "Z");
    }
}
