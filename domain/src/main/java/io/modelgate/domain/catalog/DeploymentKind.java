package io.modelgate.domain.catalog;

/** Where a model runs, and so where the data goes. */
public enum DeploymentKind {
    /** The vendor's hosted API: data leaves the company, under the vendor's terms. */
    VENDOR_API,
    /** The company's own tenancy in a cloud (its VPC, its GPUs). */
    PRIVATE_CLOUD,
    /** The company's own data centre: data never leaves the premises. */
    ON_PREMISES;

    public boolean selfHosted() {
        return this != VENDOR_API;
    }
}
