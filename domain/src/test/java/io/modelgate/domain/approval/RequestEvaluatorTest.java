package io.modelgate.domain.approval;

import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.Lifecycle;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.cost.ExchangeRate;
import io.modelgate.domain.license.evaluation.Verdict;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.usecase.Audience;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static io.modelgate.domain.approval.Fixtures.AUP;
import static io.modelgate.domain.approval.Fixtures.NO_TRAINING;
import static io.modelgate.domain.approval.Fixtures.input;
import static io.modelgate.domain.approval.Fixtures.jpy;
import static io.modelgate.domain.approval.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

class RequestEvaluatorTest {

    /** Estimate against remaining budget and finance threshold, and whether FINANCE is required. */
    enum Spend {
        WITHIN_BOTH(jpy(100_000), jpy(200_000), jpy(150_000), false, List.of()),
        EQUAL_TO_BOTH(jpy(100_000), jpy(100_000), jpy(100_000), false, List.of()),
        NOTHING_LEFT_NOTHING_SPENT(jpy(0), jpy(0), jpy(0), false, List.of()),
        OVER_BUDGET_BY_ONE_YEN(jpy(100_000), jpy(99_999), jpy(500_000), true, List.of("BUDGET.EXCEEDED")),
        BUDGET_OVERSPENT(jpy(1), jpy(-5_000), jpy(500_000), true, List.of("BUDGET.EXCEEDED")),
        NO_BUDGET(jpy(100_000), null, jpy(500_000), true, List.of("BUDGET.NOT_SET")),
        OVER_THRESHOLD_BY_ONE_YEN(jpy(100_000), jpy(1_000_000), jpy(99_999), true, List.of("FINANCE_REVIEW.OVER_THRESHOLD")),
        OVER_BOTH(jpy(600_000), jpy(500_000), jpy(500_000), true,
                List.of("BUDGET.EXCEEDED", "FINANCE_REVIEW.OVER_THRESHOLD")),
        BUDGET_IN_OTHER_CURRENCY(jpy(100_000), usd(1_000_000_00), jpy(500_000), true, List.of("BUDGET.CURRENCY_MISMATCH")),
        THRESHOLD_IN_OTHER_CURRENCY(jpy(100_000), jpy(1_000_000), usd(5_000_00), true, List.of("THRESHOLD.CURRENCY_MISMATCH")),
        EVERYTHING_IN_USD(usd(100_00), usd(200_00), usd(150_00), false, List.of()),
        ESTIMATE_IN_USD_REST_IN_JPY(usd(1), jpy(1_000_000), jpy(500_000), true,
                List.of("BUDGET.CURRENCY_MISMATCH", "THRESHOLD.CURRENCY_MISMATCH"));

        final Money cost;
        final Money budget;
        final Money threshold;
        final boolean finance;
        final List<String> financeCodes;

        Spend(Money cost, Money budget, Money threshold, boolean finance, List<String> financeCodes) {
            this.cost = cost;
            this.budget = budget;
            this.threshold = threshold;
            this.finance = finance;
            this.financeCodes = financeCodes;
        }

        Fixtures.Input applyTo(Fixtures.Input input) {
            return input.cost(cost).budget(budget).threshold(threshold);
        }
    }

    private static final Set<String> FINANCE_CODES = Set.of("BUDGET.EXCEEDED", "BUDGET.NOT_SET",
            "BUDGET.CURRENCY_MISMATCH", "THRESHOLD.CURRENCY_MISMATCH", "FINANCE_REVIEW.OVER_THRESHOLD");

    private static List<String> codes(RequestEvaluation evaluation, Severity severity) {
        return evaluation.withSeverity(severity).stream().map(Finding::code).toList();
    }

    private static List<String> codes(RequestEvaluation evaluation) {
        return evaluation.findings().stream().map(Finding::code).toList();
    }

    @Nested
    class RequiredReviews {

        /** Every combination of the dimensions the review rules read: 4 × 3 × 3 × 2 × 2 × 12 = 1728 rows. */
        static Stream<Arguments> everyCombination() {
            List<Arguments> rows = new ArrayList<>();
            for (DataClassification level : DataClassification.values()) {
                for (DeploymentKind deployment : DeploymentKind.values()) {
                    for (Verdict verdict : Verdict.values()) {
                        for (Audience audience : Audience.values()) {
                            for (boolean commercial : new boolean[]{false, true}) {
                                for (Spend spend : Spend.values()) {
                                    rows.add(Arguments.of(level, deployment, verdict, audience, commercial, spend));
                                }
                            }
                        }
                    }
                }
            }
            return rows.stream();
        }

        @ParameterizedTest(name = "{0} {1} {2} {3} commercial={4} {5}")
        @MethodSource("everyCombination")
        void followTheThreeRulesIndependently(DataClassification level, DeploymentKind deployment, Verdict verdict,
                                              Audience audience, boolean commercial, Spend spend) {
            RequestEvaluation evaluation = spend.applyTo(input().level(level).deployment(deployment).verdict(verdict)
                    .audience(audience).commercial(commercial)).evaluate();

            Set<ReviewKind> expected = EnumSet.noneOf(ReviewKind.class);
            if (level == DataClassification.CONFIDENTIAL || level == DataClassification.RESTRICTED
                    || deployment == DeploymentKind.VENDOR_API) {
                expected.add(ReviewKind.SECURITY);
            }
            if (verdict == Verdict.PERMITTED_WITH_OBLIGATIONS || audience == Audience.EXTERNAL_CUSTOMERS || commercial) {
                expected.add(ReviewKind.LEGAL);
            }
            if (spend.finance) {
                expected.add(ReviewKind.FINANCE);
            }
            assertThat(evaluation.requiredReviews()).isEqualTo(expected);
            assertThat(evaluation.hasBlocker()).isEqualTo(verdict == Verdict.PROHIBITED);
            assertThat(evaluation.approvesAutomatically())
                    .isEqualTo(expected.isEmpty() && verdict != Verdict.PROHIBITED);
        }

        @ParameterizedTest(name = "{0} on {1} -> security={2} {3}")
        @CsvSource(delimiter = '|', textBlock = """
                PUBLIC       | VENDOR_API    | true  | SECURITY_REVIEW.VENDOR_API
                PUBLIC       | PRIVATE_CLOUD | false |
                PUBLIC       | ON_PREMISES   | false |
                INTERNAL     | VENDOR_API    | true  | SECURITY_REVIEW.VENDOR_API
                INTERNAL     | PRIVATE_CLOUD | false |
                INTERNAL     | ON_PREMISES   | false |
                CONFIDENTIAL | VENDOR_API    | true  | SECURITY_REVIEW.CLASSIFICATION SECURITY_REVIEW.VENDOR_API
                CONFIDENTIAL | PRIVATE_CLOUD | true  | SECURITY_REVIEW.CLASSIFICATION
                CONFIDENTIAL | ON_PREMISES   | true  | SECURITY_REVIEW.CLASSIFICATION
                RESTRICTED   | VENDOR_API    | true  | SECURITY_REVIEW.CLASSIFICATION SECURITY_REVIEW.VENDOR_API
                RESTRICTED   | PRIVATE_CLOUD | true  | SECURITY_REVIEW.CLASSIFICATION
                RESTRICTED   | ON_PREMISES   | true  | SECURITY_REVIEW.CLASSIFICATION
                """)
        void security(DataClassification level, DeploymentKind deployment, boolean required, String why) {
            RequestEvaluation evaluation = input().level(level).deployment(deployment).evaluate();

            assertThat(evaluation.requiredReviews().contains(ReviewKind.SECURITY)).isEqualTo(required);
            assertThat(codes(evaluation).stream().filter(c -> c.startsWith("SECURITY_REVIEW.")))
                    .containsExactlyElementsOf(why == null ? List.of() : Arrays.asList(why.split(" ")));
        }

        @ParameterizedTest(name = "{0} {1} commercial={2} -> legal={3}")
        @CsvSource(delimiter = '|', textBlock = """
                PERMITTED                  | INTERNAL           | false | false |
                PERMITTED                  | INTERNAL           | true  | true  | LEGAL_REVIEW.COMMERCIAL_USE
                PERMITTED                  | EXTERNAL_CUSTOMERS | false | true  | LEGAL_REVIEW.EXTERNAL_AUDIENCE
                PERMITTED                  | EXTERNAL_CUSTOMERS | true  | true  | LEGAL_REVIEW.EXTERNAL_AUDIENCE LEGAL_REVIEW.COMMERCIAL_USE
                PERMITTED_WITH_OBLIGATIONS | INTERNAL           | false | true  | LEGAL_REVIEW.OBLIGATIONS
                PERMITTED_WITH_OBLIGATIONS | INTERNAL           | true  | true  | LEGAL_REVIEW.OBLIGATIONS LEGAL_REVIEW.COMMERCIAL_USE
                PERMITTED_WITH_OBLIGATIONS | EXTERNAL_CUSTOMERS | false | true  | LEGAL_REVIEW.OBLIGATIONS LEGAL_REVIEW.EXTERNAL_AUDIENCE
                PERMITTED_WITH_OBLIGATIONS | EXTERNAL_CUSTOMERS | true  | true  | LEGAL_REVIEW.OBLIGATIONS LEGAL_REVIEW.EXTERNAL_AUDIENCE LEGAL_REVIEW.COMMERCIAL_USE
                PROHIBITED                 | INTERNAL           | false | false |
                PROHIBITED                 | INTERNAL           | true  | true  | LEGAL_REVIEW.COMMERCIAL_USE
                PROHIBITED                 | EXTERNAL_CUSTOMERS | false | true  | LEGAL_REVIEW.EXTERNAL_AUDIENCE
                PROHIBITED                 | EXTERNAL_CUSTOMERS | true  | true  | LEGAL_REVIEW.EXTERNAL_AUDIENCE LEGAL_REVIEW.COMMERCIAL_USE
                """)
        void legal(Verdict verdict, Audience audience, boolean commercial, boolean required, String why) {
            RequestEvaluation evaluation = input().verdict(verdict).audience(audience).commercial(commercial).evaluate();

            assertThat(evaluation.requiredReviews().contains(ReviewKind.LEGAL)).isEqualTo(required);
            assertThat(codes(evaluation).stream().filter(c -> c.startsWith("LEGAL_REVIEW.")))
                    .containsExactlyElementsOf(why == null ? List.of() : Arrays.asList(why.split(" ")));
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(Spend.class)
        void finance(Spend spend) {
            RequestEvaluation evaluation = spend.applyTo(input()).evaluate();

            assertThat(evaluation.requiredReviews().contains(ReviewKind.FINANCE)).isEqualTo(spend.finance);
            assertThat(codes(evaluation).stream().filter(FINANCE_CODES::contains))
                    .as("every FINANCE requirement says why").containsExactlyInAnyOrderElementsOf(spend.financeCodes);
        }

        @Test
        void everyRequiredReviewIsExplainedByAFinding() {
            RequestEvaluation evaluation = input().level(DataClassification.CONFIDENTIAL)
                    .deployment(DeploymentKind.VENDOR_API).verdict(Verdict.PERMITTED_WITH_OBLIGATIONS)
                    .audience(Audience.EXTERNAL_CUSTOMERS).commercial(true).budget(null).evaluate();

            assertThat(evaluation.requiredReviews()).containsExactly(ReviewKind.SECURITY, ReviewKind.LEGAL,
                    ReviewKind.FINANCE);
            assertThat(evaluation.findings()).filteredOn(f -> f.sentence().contains("review required"))
                    .extracting(Finding::code)
                    .containsExactlyInAnyOrder("SECURITY_REVIEW.CLASSIFICATION", "SECURITY_REVIEW.VENDOR_API",
                            "LEGAL_REVIEW.OBLIGATIONS", "LEGAL_REVIEW.EXTERNAL_AUDIENCE", "LEGAL_REVIEW.COMMERCIAL_USE",
                            "BUDGET.NOT_SET");
        }
    }

    @Nested
    class AutoApproval {

        @ParameterizedTest(name = "{0} on {1}")
        @CsvSource({"PUBLIC,PRIVATE_CLOUD", "PUBLIC,ON_PREMISES", "INTERNAL,PRIVATE_CLOUD", "INTERNAL,ON_PREMISES"})
        void nothingRequiredWhenInternalDataStaysInsideUnderAFreeLicenseWithinBudget(DataClassification level,
                                                                                     DeploymentKind deployment) {
            RequestEvaluation evaluation = input().level(level).deployment(deployment).evaluate();

            assertThat(evaluation.requiredReviews()).isEmpty();
            assertThat(evaluation.hasBlocker()).isFalse();
            assertThat(evaluation.approvesAutomatically()).isTrue();
            assertThat(codes(evaluation)).containsExactly("COST.MONTHLY_ESTIMATE");
        }

        @Test
        void aDeprecatedModelWarnsButStillApprovesAutomatically() {
            RequestEvaluation evaluation = input().lifecycle(Lifecycle.DEPRECATED).evaluate();

            assertThat(codes(evaluation, Severity.WARNING)).containsExactly("MODEL.DEPRECATED");
            assertThat(evaluation.approvesAutomatically()).isTrue();
        }
    }

    @Nested
    class Blockers {

        @ParameterizedTest(name = "{0} classificationAllowed={1} {2} -> {3}")
        @CsvSource(delimiter = '|', textBlock = """
                ACTIVE     | true  | PERMITTED                  |
                ACTIVE     | true  | PERMITTED_WITH_OBLIGATIONS |
                ACTIVE     | true  | PROHIBITED                 | LICENSE.PROHIBITED LICENSE.PROHIBITED
                ACTIVE     | false | PERMITTED                  | CLASSIFICATION.NOT_ALLOWED
                ACTIVE     | false | PERMITTED_WITH_OBLIGATIONS | CLASSIFICATION.NOT_ALLOWED
                ACTIVE     | false | PROHIBITED                 | CLASSIFICATION.NOT_ALLOWED LICENSE.PROHIBITED LICENSE.PROHIBITED
                DEPRECATED | true  | PERMITTED                  |
                DEPRECATED | true  | PERMITTED_WITH_OBLIGATIONS |
                DEPRECATED | true  | PROHIBITED                 | LICENSE.PROHIBITED LICENSE.PROHIBITED
                DEPRECATED | false | PERMITTED                  | CLASSIFICATION.NOT_ALLOWED
                DEPRECATED | false | PERMITTED_WITH_OBLIGATIONS | CLASSIFICATION.NOT_ALLOWED
                DEPRECATED | false | PROHIBITED                 | CLASSIFICATION.NOT_ALLOWED LICENSE.PROHIBITED LICENSE.PROHIBITED
                RETIRED    | true  | PERMITTED                  | MODEL.RETIRED
                RETIRED    | true  | PERMITTED_WITH_OBLIGATIONS | MODEL.RETIRED
                RETIRED    | true  | PROHIBITED                 | MODEL.RETIRED LICENSE.PROHIBITED LICENSE.PROHIBITED
                RETIRED    | false | PERMITTED                  | MODEL.RETIRED CLASSIFICATION.NOT_ALLOWED
                RETIRED    | false | PERMITTED_WITH_OBLIGATIONS | MODEL.RETIRED CLASSIFICATION.NOT_ALLOWED
                RETIRED    | false | PROHIBITED                 | MODEL.RETIRED CLASSIFICATION.NOT_ALLOWED LICENSE.PROHIBITED LICENSE.PROHIBITED
                """)
        void table(Lifecycle lifecycle, boolean classificationAllowed, Verdict verdict, String blockers) {
            RequestEvaluation evaluation = input().lifecycle(lifecycle).classificationAllowed(classificationAllowed)
                    .verdict(verdict).evaluate();

            List<String> expected = blockers == null ? List.of() : Arrays.asList(blockers.split(" "));
            assertThat(codes(evaluation, Severity.BLOCKER)).containsExactlyElementsOf(expected);
            assertThat(evaluation.hasBlocker()).isEqualTo(!expected.isEmpty());
            assertThat(evaluation.blockers()).hasSize(expected.size());
        }

        @Test
        void aClassificationRefusalQuotesTheDecisionsReason() {
            Fixtures.Input input = input().level(DataClassification.RESTRICTED).deployment(DeploymentKind.VENDOR_API)
                    .classificationAllowed(false);

            RequestEvaluation evaluation = input.evaluate();

            assertThat(evaluation.blockers()).containsExactly(
                    Finding.blocker("CLASSIFICATION.NOT_ALLOWED", input.decision().reason()));
        }

        @Test
        void aProhibitingLicenseGivesOneBlockerPerReason() {
            RequestEvaluation evaluation = input().verdict(Verdict.PROHIBITED).evaluate();

            assertThat(evaluation.blockers()).containsExactly(
                    Finding.blocker("LICENSE.PROHIBITED", "cc-by-nc-4.0: non-commercial use only."),
                    Finding.blocker("LICENSE.PROHIBITED", "cc-by-nc-4.0: no commercial service."));
        }

        @Test
        void aRetiredModelIsNamed() {
            RequestEvaluation evaluation = input().lifecycle(Lifecycle.RETIRED).evaluate();

            assertThat(evaluation.blockers()).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo("MODEL.RETIRED");
                assertThat(f.sentence()).contains("llama-3-swallow-70b", "RETIRED");
            });
        }
    }

    @Nested
    class WarningsAndInformation {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                ACTIVE     |
                DEPRECATED | MODEL.DEPRECATED
                RETIRED    |
                """)
        void lifecycleWarnings(Lifecycle lifecycle, String warning) {
            RequestEvaluation evaluation = input().lifecycle(lifecycle).evaluate();

            assertThat(codes(evaluation, Severity.WARNING))
                    .containsExactlyElementsOf(warning == null ? List.of() : List.of(warning));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                WITHIN_BOTH                 |
                OVER_BUDGET_BY_ONE_YEN      | BUDGET.EXCEEDED
                BUDGET_OVERSPENT            | BUDGET.EXCEEDED
                NO_BUDGET                   | BUDGET.NOT_SET
                OVER_THRESHOLD_BY_ONE_YEN   |
                BUDGET_IN_OTHER_CURRENCY    | BUDGET.CURRENCY_MISMATCH
                THRESHOLD_IN_OTHER_CURRENCY | THRESHOLD.CURRENCY_MISMATCH
                ESTIMATE_IN_USD_REST_IN_JPY | BUDGET.CURRENCY_MISMATCH THRESHOLD.CURRENCY_MISMATCH
                """)
        void budgetWarnings(Spend spend, String warnings) {
            RequestEvaluation evaluation = spend.applyTo(input()).evaluate();

            assertThat(codes(evaluation, Severity.WARNING))
                    .containsExactlyElementsOf(warnings == null ? List.of() : Arrays.asList(warnings.split(" ")));
        }

        @Test
        void theBudgetWarningShowsBothFigures() {
            RequestEvaluation evaluation = input().cost(jpy(120_000)).budget(jpy(80_000)).evaluate();

            assertThat(evaluation.withSeverity(Severity.WARNING)).singleElement()
                    .satisfies(f -> assertThat(f.sentence()).contains("120000 JPY", "80000 JPY", "finance review"));
        }

        @Test
        void aCurrencyMismatchNamesBothCurrencies() {
            RequestEvaluation evaluation = input().budget(usd(100_00)).evaluate();

            assertThat(evaluation.withSeverity(Severity.WARNING)).singleElement()
                    .satisfies(f -> assertThat(f.sentence()).contains("100000 JPY", "100.00 USD", "different currencies"));
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(Verdict.class)
        void eachObligationIsListedWithItsClause(Verdict verdict) {
            RequestEvaluation evaluation = input().verdict(verdict).evaluate();

            List<Finding> expected = Fixtures.license(verdict).obligations().stream()
                    .map(o -> Finding.info("LICENSE.OBLIGATION",
                            o.sentence() + " (" + o.source() + ", " + o.clause() + ")"))
                    .toList();
            assertThat(evaluation.findings()).filteredOn(f -> f.code().equals("LICENSE.OBLIGATION"))
                    .containsExactlyElementsOf(expected);
            assertThat(evaluation.obligations()).isEqualTo(Fixtures.license(verdict).obligations());
        }

        @Test
        void obligationFindingsReadAsTheLicenseSaysThem() {
            RequestEvaluation evaluation = input().verdict(Verdict.PERMITTED_WITH_OBLIGATIONS).evaluate();

            assertThat(evaluation.findings()).contains(
                    Finding.info("LICENSE.OBLIGATION", AUP.sentence() + " (llama-3-community, Section 1.b.iv)"),
                    Finding.info("LICENSE.OBLIGATION", NO_TRAINING.sentence() + " (llama-3-community, Section 1.b.v)"));
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(DeploymentKind.class)
        void theMonthlyEstimateIsAlwaysRecorded(DeploymentKind deployment) {
            RequestEvaluation evaluation = input().deployment(deployment).cost(jpy(123_456)).evaluate();

            assertThat(evaluation.findings()).filteredOn(f -> f.code().equals("COST.MONTHLY_ESTIMATE")).singleElement()
                    .satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.INFO);
                        assertThat(f.sentence()).contains("123456 JPY", deployment.name(), "100000 requests a month",
                                "prices as of 2024-03-01");
                        assertThat(f.sentence().contains("GPU")).isEqualTo(deployment.selfHosted());
                    });
        }

        @Test
        void aConvertedEstimateNamesItsRate() {
            ExchangeRate rate = ExchangeRate.of("USD", "JPY", "151.25", LocalDate.of(2024, 3, 29));

            RequestEvaluation evaluation = input().deployment(DeploymentKind.VENDOR_API).rate(rate).evaluate();

            assertThat(evaluation.findings()).filteredOn(f -> f.code().equals("COST.MONTHLY_ESTIMATE")).singleElement()
                    .satisfies(f -> assertThat(f.sentence()).contains("1 USD = 151.25 JPY as of 2024-03-29"));
        }
    }

    @Nested
    class Shape {

        @Test
        void findingsComeWorstFirstThenInRuleOrder() {
            RequestEvaluation evaluation = input().lifecycle(Lifecycle.DEPRECATED).classificationAllowed(false)
                    .verdict(Verdict.PROHIBITED).level(DataClassification.RESTRICTED)
                    .deployment(DeploymentKind.VENDOR_API).commercial(true).budget(null).evaluate();

            assertThat(evaluation.findings()).extracting(Finding::severity).isSortedAccordingTo(Enum::compareTo);
            assertThat(codes(evaluation)).containsExactly(
                    "CLASSIFICATION.NOT_ALLOWED", "LICENSE.PROHIBITED", "LICENSE.PROHIBITED",
                    "MODEL.DEPRECATED", "BUDGET.NOT_SET",
                    "LICENSE.OBLIGATION", "SECURITY_REVIEW.CLASSIFICATION", "SECURITY_REVIEW.VENDOR_API",
                    "LEGAL_REVIEW.COMMERCIAL_USE", "COST.MONTHLY_ESTIMATE");
        }

        @Test
        void isPure() {
            Fixtures.Input input = input().verdict(Verdict.PERMITTED_WITH_OBLIGATIONS).budget(null);

            assertThat(RequestEvaluator.evaluate(input.build())).isEqualTo(RequestEvaluator.evaluate(input.build()));
        }

        @Test
        void requiredReviewsAreInDeclarationOrderAndUnmodifiable() {
            RequestEvaluation evaluation = new RequestEvaluation(List.of(),
                    new java.util.LinkedHashSet<>(List.of(ReviewKind.FINANCE, ReviewKind.SECURITY)), List.of());

            assertThat(evaluation.requiredReviews()).containsExactly(ReviewKind.SECURITY, ReviewKind.FINANCE);
            assertThat(evaluation.requiredReviews()).isUnmodifiable();
            assertThat(evaluation.findings()).isUnmodifiable();
        }

        @Test
        void refusesMissingParts() {
            io.modelgate.domain.shared.DomainAssertions.assertInvalid(
                    () -> new RequestEvaluation(null, Set.of(), List.of()), "findings");
            io.modelgate.domain.shared.DomainAssertions.assertInvalid(
                    () -> new RequestEvaluation(List.of(), null, List.of()), "requiredReviews");
            io.modelgate.domain.shared.DomainAssertions.assertInvalid(
                    () -> new RequestEvaluation(List.of(), Set.of(), null), "obligations");
            io.modelgate.domain.shared.DomainAssertions.assertInvalid(
                    () -> new RequestEvaluation(Arrays.asList((Finding) null), Set.of(), List.of()), "findings");
            io.modelgate.domain.shared.DomainAssertions.assertInvalid(() -> RequestEvaluator.evaluate(null), "input");
        }

        @Test
        void theRuleTableIsInTheOrderTheJavadocDocuments() {
            assertThat(RequestRule.values()).extracting(Enum::name).containsExactly("MODEL_LIFECYCLE",
                    "CLASSIFICATION_POLICY", "LICENSE_VERDICT", "LICENSE_OBLIGATIONS", "SENSITIVE_DATA",
                    "DATA_LEAVES_COMPANY", "EXTERNAL_AUDIENCE", "COMMERCIAL_USE", "MONTHLY_ESTIMATE",
                    "DEPARTMENT_BUDGET", "FINANCE_THRESHOLD");
        }

        @Test
        void optionalBudgetIsAbsentNotNull() {
            assertThat(input().budget(null).build().remainingBudget()).isEqualTo(Optional.empty());
        }
    }
}
