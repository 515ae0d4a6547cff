package io.modelgate.domain.catalog;

import io.modelgate.domain.shared.Require;

import java.util.regex.Pattern;

/**
 * What a vendor API promises about the data it receives.
 *
 * @param dataRetentionDays how long prompts and outputs are kept; 0 means zero data retention
 * @param processingRegion  where the data is processed: an ISO 3166 country code such as {@code JP},
 *                          or {@code GLOBAL} when the vendor does not promise a country
 * @param trainsOnCustomerData whether the vendor may use the data to train its models
 */
public record VendorTerms(int dataRetentionDays, String processingRegion, boolean trainsOnCustomerData) {

    public static final String GLOBAL = "GLOBAL";
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}|GLOBAL");

    public VendorTerms {
        Require.nonNegative(dataRetentionDays, "vendorTerms.dataRetentionDays");
        Require.that(dataRetentionDays <= 3650, "vendorTerms.dataRetentionDays", "must be at most 3650 days");
        processingRegion = Require.text(processingRegion, "vendorTerms.processingRegion", 6);
        Require.that(REGION.matcher(processingRegion).matches(), "vendorTerms.processingRegion",
                "must be an ISO 3166 alpha-2 country code or GLOBAL (was '" + processingRegion + "')");
    }

    public boolean zeroDataRetention() {
        return dataRetentionDays == 0;
    }

    public boolean processesIn(String countryCode) {
        return processingRegion.equals(countryCode);
    }
}
