package io.modelgate.domain.classification;

import io.modelgate.domain.testing.Deployments;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.VendorTerms;
import io.modelgate.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.modelgate.domain.catalog.DeploymentKind.ON_PREMISES;
import static io.modelgate.domain.catalog.DeploymentKind.PRIVATE_CLOUD;
import static io.modelgate.domain.catalog.DeploymentKind.VENDOR_API;
import static io.modelgate.domain.classification.DataClassification.CONFIDENTIAL;
import static io.modelgate.domain.classification.DataClassification.INTERNAL;
import static io.modelgate.domain.classification.DataClassification.PUBLIC;
import static io.modelgate.domain.classification.DataClassification.RESTRICTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassificationPolicyTest {

    private static final LevelRule ANYWHERE = LevelRule.anyDeployment();
    private static final LevelRule ON_PREMISES_ONLY = LevelRule.only(ON_PREMISES);

    private static Map<DataClassification, LevelRule> rules(LevelRule pub, LevelRule internal,
                                                            LevelRule confidential, LevelRule restricted) {
        Map<DataClassification, LevelRule> rules = new EnumMap<>(DataClassification.class);
        rules.put(PUBLIC, pub);
        rules.put(INTERNAL, internal);
        rules.put(CONFIDENTIAL, confidential);
        rules.put(RESTRICTED, restricted);
        return rules;
    }

    private static LevelRule vendorWith(VendorApiCondition condition) {
        return LevelRule.of(EnumSet.allOf(DeploymentKind.class), condition);
    }

    private static VendorApiCondition condition(boolean zeroRetention, String region, boolean forbidsTraining) {
        return new VendorApiCondition(zeroRetention, Optional.ofNullable(region), forbidsTraining);
    }

    private static List<String> sentences(Map<DataClassification, LevelRule> rules) {
        return ClassificationPolicy.violationsOf(rules).stream().map(PolicyViolation::sentence).toList();
    }

    @Nested
    class Coherence {

        @Test
        void aPolicyThatOnlyTightensIsCoherent() {
            Map<DataClassification, LevelRule> rules = rules(ANYWHERE, vendorWith(condition(true, null, false)),
                    vendorWith(condition(true, "JP", true)), LevelRule.only(PRIVATE_CLOUD, ON_PREMISES));

            assertThat(ClassificationPolicy.violationsOf(rules)).isEmpty();
            assertThat(ClassificationPolicy.of(rules).rules()).isEqualTo(rules);
        }

        @Test
        void everyLevelMayBeEqualToTheOneBelow() {
            assertThat(ClassificationPolicy.violationsOf(rules(ON_PREMISES_ONLY, ON_PREMISES_ONLY, ON_PREMISES_ONLY,
                    ON_PREMISES_ONLY))).isEmpty();
        }

        @Test
        void aLevelMayForbidEverythingWhenEveryHigherLevelDoesToo() {
            LevelRule nothing = new LevelRule(EnumSet.noneOf(DeploymentKind.class), Optional.empty());

            ClassificationPolicy policy = ClassificationPolicy.of(rules(ANYWHERE, ANYWHERE, nothing, nothing));

            assertThat(policy.decide(Deployments.selfHosted(ON_PREMISES), RESTRICTED).reason())
                    .isEqualTo("RESTRICTED data may not use any deployment under this policy;"
                            + " this deployment is on-premises servers.");
        }

        @Test
        void aHigherLevelMayNotAllowAKindThatALowerLevelForbids() {
            Map<DataClassification, LevelRule> rules = rules(ANYWHERE, ANYWHERE, ON_PREMISES_ONLY,
                    LevelRule.only(PRIVATE_CLOUD, ON_PREMISES));

            assertThat(ClassificationPolicy.violationsOf(rules)).containsExactly(new PolicyViolation(RESTRICTED,
                    "RESTRICTED data may use a private cloud, but CONFIDENTIAL data may not; a more sensitive level"
                            + " cannot allow a deployment that a less sensitive level forbids."));
        }

        @Test
        void aHigherLevelMayNotAllowAVendorApiThatALowerLevelForbids() {
            Map<DataClassification, LevelRule> rules = rules(ANYWHERE, ANYWHERE, ON_PREMISES_ONLY, ANYWHERE);

            assertThat(sentences(rules)).containsExactly(
                    "RESTRICTED data may use a vendor API, but CONFIDENTIAL data may not; a more sensitive level"
                            + " cannot allow a deployment that a less sensitive level forbids.",
                    "RESTRICTED data may use a private cloud, but CONFIDENTIAL data may not; a more sensitive level"
                            + " cannot allow a deployment that a less sensitive level forbids.");
        }

        @Test
        void aHigherLevelMustAlsoRequireZeroRetention() {
            Map<DataClassification, LevelRule> rules = rules(ANYWHERE, vendorWith(condition(true, null, false)),
                    vendorWith(condition(false, "JP", false)), ON_PREMISES_ONLY);

            assertThat(ClassificationPolicy.violationsOf(rules)).containsExactly(new PolicyViolation(CONFIDENTIAL,
                    "CONFIDENTIAL data may use a vendor API that retains data, but INTERNAL data requires zero data"
                            + " retention; CONFIDENTIAL must require zero data retention too."));
        }

        @Test
        void aHigherLevelMustRequireTheSameRegion() {
            Map<DataClassification, LevelRule> rules = rules(ANYWHERE, vendorWith(condition(false, "JP", false)),
                    vendorWith(condition(true, "US", false)), ON_PREMISES_ONLY);

            assertThat(sentences(rules)).containsExactly(
                    "CONFIDENTIAL data may use a vendor API processing in US, but INTERNAL data requires processing"
                            + " in JP; CONFIDENTIAL must require processing in JP too.");
        }

        @Test
        void aHigherLevelMayNotDropTheRegion() {
            Map<DataClassification, LevelRule> rules = rules(ANYWHERE, vendorWith(condition(false, "JP", false)),
                    vendorWith(condition(true, null, false)), ON_PREMISES_ONLY);

            assertThat(sentences(rules)).containsExactly(
                    "CONFIDENTIAL data may use a vendor API processing in any region, but INTERNAL data requires"
                            + " processing in JP; CONFIDENTIAL must require processing in JP too.");
        }

        @Test
        void aHigherLevelMustAlsoForbidTraining() {
            Map<DataClassification, LevelRule> rules = rules(vendorWith(condition(false, null, true)),
                    vendorWith(condition(false, null, true)), vendorWith(condition(true, "JP", false)),
                    ON_PREMISES_ONLY);

            assertThat(ClassificationPolicy.violationsOf(rules)).containsExactly(new PolicyViolation(CONFIDENTIAL,
                    "CONFIDENTIAL data may use a vendor API that trains on customer data, but INTERNAL data forbids"
                            + " it; CONFIDENTIAL must forbid training on customer data too."));
        }

        @Test
        void aProblemWithAFarLowerLevelIsFoundAndReportedOnce() {
            // INTERNAL and CONFIDENTIAL both allow what PUBLIC forbids; CONFIDENTIAL is fine next to
            // INTERNAL, so only the comparison with PUBLIC reveals its problem.
            Map<DataClassification, LevelRule> rules = rules(LevelRule.only(PRIVATE_CLOUD, ON_PREMISES), ANYWHERE,
                    ANYWHERE, ON_PREMISES_ONLY);

            assertThat(ClassificationPolicy.violationsOf(rules)).extracting(PolicyViolation::level)
                    .containsExactly(INTERNAL, CONFIDENTIAL);
            assertThat(sentences(rules)).containsExactly(
                    "INTERNAL data may use a vendor API, but PUBLIC data may not; a more sensitive level cannot allow"
                            + " a deployment that a less sensitive level forbids.",
                    "CONFIDENTIAL data may use a vendor API, but PUBLIC data may not; a more sensitive level cannot"
                            + " allow a deployment that a less sensitive level forbids.");
        }

        @Test
        void theNearestLowerLevelIsNamed() {
            Map<DataClassification, LevelRule> rules = rules(ON_PREMISES_ONLY, ON_PREMISES_ONLY, ON_PREMISES_ONLY,
                    LevelRule.only(PRIVATE_CLOUD, ON_PREMISES));

            assertThat(sentences(rules)).singleElement().asString()
                    .startsWith("RESTRICTED data may use a private cloud, but CONFIDENTIAL data may not");
        }

        @Test
        void everyProblemIsReportedAtOnce() {
            Map<DataClassification, LevelRule> rules = rules(vendorWith(condition(true, "JP", true)), ANYWHERE,
                    ANYWHERE, ANYWHERE);

            assertThat(ClassificationPolicy.violationsOf(rules)).extracting(PolicyViolation::level)
                    .containsExactly(INTERNAL, INTERNAL, INTERNAL, CONFIDENTIAL, CONFIDENTIAL, CONFIDENTIAL,
                            RESTRICTED, RESTRICTED, RESTRICTED);
        }

        @Test
        void anIncoherentPolicyIsRejectedWithItsSentences() {
            Map<DataClassification, LevelRule> rules = rules(ANYWHERE, ANYWHERE, ON_PREMISES_ONLY,
                    LevelRule.only(PRIVATE_CLOUD, ON_PREMISES));

            assertThatThrownBy(() -> ClassificationPolicy.of(rules))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("policy");
                        assertThat(e.code()).isEqualTo("VALUE.INVALID");
                        assertThat(e.reason()).isEqualTo("RESTRICTED data may use a private cloud, but CONFIDENTIAL"
                                + " data may not; a more sensitive level cannot allow a deployment that a less"
                                + " sensitive level forbids.");
                    });
        }
    }

    @Nested
    class Completeness {

        @Test
        void aMissingLevelIsAViolation() {
            Map<DataClassification, LevelRule> rules = rules(ANYWHERE, ANYWHERE, ON_PREMISES_ONLY, ON_PREMISES_ONLY);
            rules.remove(RESTRICTED);

            assertThat(ClassificationPolicy.violationsOf(rules)).containsExactly(new PolicyViolation(RESTRICTED,
                    "There is no rule for RESTRICTED data; every level needs one."));
            assertThatThrownBy(() -> new ClassificationPolicy(rules))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("policy: There is no rule for RESTRICTED data; every level needs one.");
        }

        @Test
        void everyMissingLevelIsNamed() {
            Map<DataClassification, LevelRule> rules = new HashMap<>();
            rules.put(INTERNAL, ANYWHERE);
            rules.put(CONFIDENTIAL, null);

            assertThat(ClassificationPolicy.violationsOf(rules)).extracting(PolicyViolation::level)
                    .containsExactly(PUBLIC, CONFIDENTIAL, RESTRICTED);
        }

        @Test
        void anEmptyOrAbsentPolicyIsRejected() {
            assertThatThrownBy(() -> ClassificationPolicy.of(Map.of()))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("There is no rule for PUBLIC data");
            assertThatThrownBy(() -> ClassificationPolicy.of(null))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("policy"));
        }

        @Test
        void thePolicyKeepsItsOwnCopy() {
            Map<DataClassification, LevelRule> rules = rules(ANYWHERE, ANYWHERE, ANYWHERE, ON_PREMISES_ONLY);
            ClassificationPolicy policy = ClassificationPolicy.of(rules);

            rules.put(RESTRICTED, ANYWHERE);

            assertThat(policy.ruleFor(RESTRICTED)).isEqualTo(ON_PREMISES_ONLY);
            assertThatThrownBy(() -> policy.rules().put(PUBLIC, ON_PREMISES_ONLY))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Values {

        @Test
        void aVendorConditionOnARuleWithoutVendorApisIsRejected() {
            assertThatThrownBy(() -> LevelRule.of(EnumSet.of(ON_PREMISES), VendorApiCondition.zeroRetentionIn("JP")))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("levelRule.vendorApiCondition"));
        }

        @Test
        void aConditionThatImposesNothingIsTheSameAsNone() {
            assertThat(LevelRule.of(EnumSet.allOf(DeploymentKind.class), VendorApiCondition.NONE))
                    .isEqualTo(LevelRule.anyDeployment());
        }

        @Test
        void theRequiredRegionIsACountry() {
            for (String bad : List.of("GLOBAL", "jp", "JPN", " ")) {
                assertThatThrownBy(() -> condition(true, bad, false))
                        .isInstanceOfSatisfying(InvalidValueException.class,
                                e -> assertThat(e.field()).isEqualTo("vendorApiCondition.requiredProcessingRegion"));
            }
            assertThat(condition(true, " JP ", false).requiredProcessingRegion()).contains("JP");
        }

        @Test
        void absentPartsAreRejected() {
            assertThatThrownBy(() -> new VendorApiCondition(true, null, false)).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> new LevelRule(null, Optional.empty())).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> new LevelRule(EnumSet.of(VENDOR_API), null)).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> new LevelRule(new java.util.HashSet<>(java.util.Arrays.asList(VENDOR_API, null)),
                    Optional.empty())).isInstanceOf(InvalidValueException.class);
        }

        @Test
        void theAllowedKindsCannotBeChangedAfterwards() {
            EnumSet<DeploymentKind> kinds = EnumSet.of(ON_PREMISES);
            LevelRule rule = new LevelRule(kinds, Optional.empty());
            kinds.add(VENDOR_API);

            assertThat(rule.allows(VENDOR_API)).isFalse();
            assertThatThrownBy(() -> rule.allowedKinds().add(VENDOR_API)).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void strictnessComparesEveryTerm() {
            VendorApiCondition jp = condition(true, "JP", false);

            assertThat(condition(true, "JP", true).isAtLeastAsStrictAs(jp)).isTrue();
            assertThat(jp.isAtLeastAsStrictAs(jp)).isTrue();
            assertThat(jp.isAtLeastAsStrictAs(VendorApiCondition.NONE)).isTrue();
            assertThat(VendorApiCondition.NONE.isAtLeastAsStrictAs(jp)).isFalse();
            assertThat(condition(true, "US", false).isAtLeastAsStrictAs(jp)).isFalse();
            assertThat(condition(false, "JP", false).isAtLeastAsStrictAs(jp)).isFalse();
            assertThat(jp.isAtLeastAsStrictAs(condition(false, null, true))).isFalse();
        }

        @Test
        void aConditionDescribesItselfAndWhatATermBreaks() {
            VendorApiCondition strict = condition(true, "JP", true);

            assertThat(strict.describe()).isEqualTo("zero data retention, processing in JP and no training on customer data");
            assertThat(VendorApiCondition.NONE.describe()).isEqualTo("any vendor terms");
            assertThat(strict.unmetBy(new VendorTerms(1, "US", true)))
                    .containsExactly("keeps data 1 day", "processes it in US", "trains its models on customer data");
            assertThat(strict.isMetBy(new VendorTerms(0, "JP", false))).isTrue();
        }
    }

    @Nested
    class Decisions {

        private final ClassificationPolicy strict = ClassificationPolicy.of(rules(ANYWHERE,
                vendorWith(condition(false, null, true)), vendorWith(condition(true, "JP", true)),
                LevelRule.only(PRIVATE_CLOUD, ON_PREMISES)));

        @Test
        void aDeniedVendorNamesEveryBrokenTerm() {
            ClassificationDecision decision = strict.decide(Deployments.vendorApi(90, "US", true), CONFIDENTIAL);

            assertThat(decision.allowed()).isFalse();
            assertThat(decision.reason()).isEqualTo("CONFIDENTIAL data may use a vendor API only with zero data"
                    + " retention, processing in JP and no training on customer data; this vendor keeps data 90 days,"
                    + " processes it in US and trains its models on customer data.");
        }

        @Test
        void aVendorThatTrainsOnDataIsDeniedWhenTheLevelForbidsIt() {
            ClassificationDecision decision = strict.decide(Deployments.vendorApi(30, "GLOBAL", true), INTERNAL);

            assertThat(decision.reason()).isEqualTo("INTERNAL data may use a vendor API only with no training on"
                    + " customer data; this vendor trains its models on customer data.");
        }

        @Test
        void anAllowedVendorSaysWhatItPromises() {
            ClassificationDecision decision = strict.decide(Deployments.vendorApi(0, "JP", false), CONFIDENTIAL);

            assertThat(decision.allowed()).isTrue();
            assertThat(decision.reason()).isEqualTo("CONFIDENTIAL data may use this vendor API: it promises zero data"
                    + " retention, processing in JP and no training on customer data.");
        }

        @Test
        void theListOfAllowedKindsIsReadable() {
            ClassificationDecision decision = strict.decide(Deployments.vendorApi(0, "JP", false), RESTRICTED);

            assertThat(decision.reason()).isEqualTo("RESTRICTED data may use only a private cloud or on-premises"
                    + " servers; this deployment is a vendor API.");
        }

        @Test
        void aVendorConditionAppearsInTheListOfAllowedKinds() {
            ClassificationPolicy noPrivateCloud = ClassificationPolicy.of(rules(ANYWHERE, ANYWHERE,
                    LevelRule.of(EnumSet.of(VENDOR_API, ON_PREMISES), VendorApiCondition.zeroRetentionIn("JP")),
                    ON_PREMISES_ONLY));

            assertThat(noPrivateCloud.decide(Deployments.selfHosted(PRIVATE_CLOUD), CONFIDENTIAL).reason())
                    .isEqualTo("CONFIDENTIAL data may use only a vendor API with zero data retention and processing"
                            + " in JP or on-premises servers; this deployment is a private cloud.");
        }

        @Test
        void unknownVendorTermsPassOnlyALevelWithoutConditions() {
            ClassificationPolicy policy = ClassificationPolicy.defaultPolicy();

            ClassificationDecision confidential = policy.decide(VENDOR_API, Optional.empty(), CONFIDENTIAL);
            ClassificationDecision internal = policy.decide(VENDOR_API, Optional.empty(), INTERNAL);

            assertThat(confidential.allowed()).isFalse();
            assertThat(confidential.reason()).isEqualTo("CONFIDENTIAL data may use a vendor API only with zero data"
                    + " retention and processing in JP; this vendor's terms are unknown.");
            assertThat(internal.allowed()).isTrue();
        }

        @Test
        void vendorTermsOnASelfHostedKindAreAProgrammingError() {
            assertThatThrownBy(() -> ClassificationPolicy.defaultPolicy()
                    .decide(ON_PREMISES, Optional.of(new VendorTerms(0, "JP", false)), PUBLIC))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("vendorTerms"));
        }

        @Test
        void aDecisionNeedsALevelAndADeployment() {
            ClassificationPolicy policy = ClassificationPolicy.defaultPolicy();

            assertThatThrownBy(() -> policy.decide(Deployments.selfHosted(ON_PREMISES), null))
                    .isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> policy.decide(null, PUBLIC)).isInstanceOf(InvalidValueException.class);
        }

        @Test
        void aDeploymentNoLevelMayUseHasNoStrictestLevel() {
            LevelRule nothing = new LevelRule(EnumSet.noneOf(DeploymentKind.class), Optional.empty());
            ClassificationPolicy lockedDown = ClassificationPolicy.of(rules(ON_PREMISES_ONLY, nothing, nothing, nothing));

            assertThat(lockedDown.strictestLevelFor(Deployments.selfHosted(PRIVATE_CLOUD))).isEmpty();
            assertThat(lockedDown.strictestLevelFor(Deployments.selfHosted(ON_PREMISES))).contains(PUBLIC);
        }
    }
}
