package io.modelgate.domain.catalog;

import java.time.LocalDate;

/** How a deployment is paid for, as of a date (prices change; the date says which list they come from). */
public sealed interface Pricing permits ApiPricing, SelfHostedPricing {

    LocalDate asOf();
}
