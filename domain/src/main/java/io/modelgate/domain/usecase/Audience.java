package io.modelgate.domain.usecase;

/** Who sees what the model produces. */
public enum Audience {
    /** The company's own staff only. */
    INTERNAL,
    /**
     * People outside the company (customers, the public): the model's functionality is made
     * available to others as a product or service, which some licenses treat like distribution.
     */
    EXTERNAL_CUSTOMERS
}
