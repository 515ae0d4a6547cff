package io.modelgate.domain.license;

/** Whether the license lets a company use the model for business. */
public enum CommercialUse {
    ALLOWED,
    /** Allowed under conditions stated by other terms (a user cap, an acceptable-use policy). */
    CONDITIONAL,
    PROHIBITED
}
