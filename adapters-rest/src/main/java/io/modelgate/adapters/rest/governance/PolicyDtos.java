package io.modelgate.adapters.rest.governance;

import io.modelgate.adapters.rest.shared.Params;
import io.modelgate.application.classification.port.in.VersionedPolicy;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.classification.ClassificationPolicy;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.classification.LevelRule;
import io.modelgate.domain.classification.VendorApiCondition;
import io.modelgate.domain.shared.InvalidValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The classification policy on the wire. */
public final class PolicyDtos {

    private PolicyDtos() {
    }

    @Schema(name = "VendorApiCondition", description = "What a vendor API must promise for this level")
    public record VendorConditionDto(@NotNull @Schema(example = "true") Boolean requiresZeroRetention,
                                     @Schema(example = "JP") String requiredProcessingRegion,
                                     @NotNull @Schema(example = "false") Boolean forbidsTrainingOnData) {
    }

    @Schema(name = "LevelRule", description = "The deployments one level may use")
    public record LevelRuleDto(@NotNull Set<@NotNull DeploymentKind> allowedDeployments,
                               @Valid VendorConditionDto vendorApiCondition) {
    }

    @Schema(name = "ClassificationPolicyChange", description = "A complete new policy: a rule for every level")
    public record PolicyChangeRequest(@NotNull @Schema(propertyNames = DataClassification.class)
                                      Map<DataClassification, @NotNull @Valid LevelRuleDto> levels,
                                      @Schema(example = "Allow CONFIDENTIAL data on Gemini in Tokyo") String note) {
    }

    @Schema(name = "ClassificationPolicy", description = "One version of the policy")
    public record PolicyVersionDto(long version, String changedBy, Instant changedAt, String note,
                                   Map<DataClassification, LevelRuleDto> levels) {
    }

    static ClassificationPolicy toDomain(PolicyChangeRequest request) {
        Map<DataClassification, LevelRule> rules = new EnumMap<>(DataClassification.class);
        request.levels().forEach((level, dto) -> {
            String at = "levels." + level;
            Optional<VendorApiCondition> condition = Optional.ofNullable(dto.vendorApiCondition())
                    .map(c -> Params.within(at, () -> new VendorApiCondition(c.requiresZeroRetention(),
                            Optional.ofNullable(c.requiredProcessingRegion()), c.forbidsTrainingOnData())));
            try {
                rules.put(level, new LevelRule(dto.allowedDeployments(), condition));
            } catch (InvalidValueException e) {
                throw new InvalidValueException(at, e.reason());
            }
        });
        return ClassificationPolicy.of(rules);
    }

    static PolicyVersionDto toDto(VersionedPolicy version) {
        Map<DataClassification, LevelRuleDto> levels = new EnumMap<>(DataClassification.class);
        version.policy().rules().forEach((level, rule) -> levels.put(level, new LevelRuleDto(rule.allowedKinds(),
                rule.vendorApiCondition().map(c -> new VendorConditionDto(c.requiresZeroRetention(),
                        c.requiredProcessingRegion().orElse(null), c.forbidsTrainingOnData())).orElse(null))));
        return new PolicyVersionDto(version.version(), version.changedBy(), version.changedAt(),
                version.note().orElse(null), levels);
    }
}
