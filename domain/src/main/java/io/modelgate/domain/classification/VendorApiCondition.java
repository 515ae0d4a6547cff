package io.modelgate.domain.classification;

import io.modelgate.domain.catalog.VendorTerms;
import io.modelgate.domain.shared.Require;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a vendor's terms must promise before a classification level may send data to its API.
 * Plain booleans and a country code, so a policy maps to JSON without custom code.
 *
 * @param requiresZeroRetention    the vendor must keep nothing (retention of 0 days)
 * @param requiredProcessingRegion the vendor must process the data in this ISO 3166 country, e.g. {@code JP}
 * @param forbidsTrainingOnData    the vendor must not train its models on the data
 */
public record VendorApiCondition(boolean requiresZeroRetention, Optional<String> requiredProcessingRegion,
                                 boolean forbidsTrainingOnData) {

    /** A country, never GLOBAL: "processed anywhere" is the absence of a condition, not a condition. */
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /** Imposes nothing: any vendor terms will do. */
    public static final VendorApiCondition NONE = new VendorApiCondition(false, Optional.empty(), false);

    public VendorApiCondition {
        Require.present(requiredProcessingRegion, "vendorApiCondition.requiredProcessingRegion");
        requiredProcessingRegion = requiredProcessingRegion.map(region -> {
            String code = Require.text(region, "vendorApiCondition.requiredProcessingRegion", 2);
            Require.that(COUNTRY.matcher(code).matches(), "vendorApiCondition.requiredProcessingRegion",
                    "must be an ISO 3166 alpha-2 country code such as JP (was '" + code + "')");
            return code;
        });
    }

    /** Zero data retention and processing in the given country (the default policy's CONFIDENTIAL rule). */
    public static VendorApiCondition zeroRetentionIn(String countryCode) {
        return new VendorApiCondition(true, Optional.of(countryCode), false);
    }

    public boolean imposesNothing() {
        return !requiresZeroRetention && requiredProcessingRegion.isEmpty() && !forbidsTrainingOnData;
    }

    public boolean isMetBy(VendorTerms terms) {
        return unmetBy(terms).isEmpty();
    }

    /** The facts of the terms that break this condition, as phrases: "keeps data 30 days", "processes it GLOBAL". */
    public List<String> unmetBy(VendorTerms terms) {
        Require.present(terms, "vendorTerms");
        List<String> unmet = new ArrayList<>(3);
        if (requiresZeroRetention && !terms.zeroDataRetention()) {
            unmet.add("keeps data " + Wording.days(terms.dataRetentionDays()));
        }
        requiredProcessingRegion.filter(region -> !terms.processesIn(region))
                .ifPresent(region -> unmet.add(Wording.processes(terms)));
        if (forbidsTrainingOnData && terms.trainsOnCustomerData()) {
            unmet.add("trains its models on customer data");
        }
        return List.copyOf(unmet);
    }

    /** True when every vendor this condition accepts is also accepted by {@code other}. */
    public boolean isAtLeastAsStrictAs(VendorApiCondition other) {
        return (requiresZeroRetention || !other.requiresZeroRetention)
                && (other.requiredProcessingRegion.isEmpty() || other.requiredProcessingRegion.equals(requiredProcessingRegion))
                && (forbidsTrainingOnData || !other.forbidsTrainingOnData);
    }

    /** "zero data retention and processing in JP"; "any vendor terms" when nothing is required. */
    public String describe() {
        List<String> parts = new ArrayList<>(3);
        if (requiresZeroRetention) {
            parts.add("zero data retention");
        }
        requiredProcessingRegion.ifPresent(region -> parts.add("processing in " + region));
        if (forbidsTrainingOnData) {
            parts.add("no training on customer data");
        }
        return parts.isEmpty() ? "any vendor terms" : Wording.and(parts);
    }
}
