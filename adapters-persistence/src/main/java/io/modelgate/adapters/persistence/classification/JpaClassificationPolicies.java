package io.modelgate.adapters.persistence.classification;

import io.modelgate.application.classification.port.out.ClassificationPolicies;
import io.modelgate.application.classification.port.in.VersionedPolicy;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.classification.ClassificationPolicy;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.classification.LevelRule;
import io.modelgate.domain.classification.VendorApiCondition;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link ClassificationPolicies} on PostgreSQL: versions are inserted, never updated. */
@ApplicationScoped
public class JpaClassificationPolicies implements ClassificationPolicies, PanacheRepositoryBase<PolicyVersionEntity, Long> {

    @Override
    public VersionedPolicy current() {
        return toDomain(find("from PolicyVersionEntity", Sort.descending("version")).firstResult());
    }

    @Override
    public List<VersionedPolicy> history() {
        return listAll(Sort.ascending("version")).stream().map(JpaClassificationPolicies::toDomain).toList();
    }

    @Override
    public VersionedPolicy append(VersionedPolicy next) {
        // Lock the newest version row: two admins appending at once serialise here, and the second
        // sees that its base version is no longer the newest.
        PolicyVersionEntity newest = find("from PolicyVersionEntity", Sort.descending("version"))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (newest.version != next.version() - 1) {
            throw StaleVersionException.concurrent("classification policy", "current");
        }
        PolicyVersionEntity entity = new PolicyVersionEntity();
        entity.version = next.version();
        entity.changedBy = next.changedBy();
        entity.changedAt = next.changedAt();
        entity.note = next.note().orElse(null);
        next.policy().rules().forEach((level, rule) -> entity.rules.add(toRow(level, rule)));
        persist(entity);
        getEntityManager().flush();
        return toDomain(entity);
    }

    private static PolicyRuleRow toRow(DataClassification level, LevelRule rule) {
        PolicyRuleRow row = new PolicyRuleRow();
        row.level = level.name();
        row.allowedKinds = rule.allowedKinds().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        VendorApiCondition condition = rule.vendorCondition();
        row.vendorRequiresZeroRetention = condition.requiresZeroRetention();
        row.vendorRequiredRegion = condition.requiredProcessingRegion().orElse(null);
        row.vendorForbidsTraining = condition.forbidsTrainingOnData();
        return row;
    }

    private static VersionedPolicy toDomain(PolicyVersionEntity e) {
        Map<DataClassification, LevelRule> rules = new EnumMap<>(DataClassification.class);
        for (PolicyRuleRow row : e.rules) {
            Set<DeploymentKind> kinds = EnumSet.noneOf(DeploymentKind.class);
            Arrays.stream(row.allowedKinds.split(",")).filter(k -> !k.isBlank())
                    .forEach(k -> kinds.add(DeploymentKind.valueOf(k)));
            VendorApiCondition condition = new VendorApiCondition(row.vendorRequiresZeroRetention,
                    Optional.ofNullable(row.vendorRequiredRegion), row.vendorForbidsTraining);
            rules.put(DataClassification.valueOf(row.level), new LevelRule(kinds,
                    condition.imposesNothing() ? Optional.empty() : Optional.of(condition)));
        }
        return new VersionedPolicy(e.version, ClassificationPolicy.of(rules), e.changedBy, e.changedAt,
                Optional.ofNullable(e.note));
    }
}
