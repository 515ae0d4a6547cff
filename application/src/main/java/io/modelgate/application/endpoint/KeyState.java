package io.modelgate.application.endpoint;

/** Whether the key an endpoint needs is there (never what it is). */
public enum KeyState {
    /** A self-hosted endpoint without a secret reference: it is called without a key. */
    NOT_NEEDED,
    /** The referenced secret (or the configured key) was found. */
    PRESENT,
    /** A vendor API without any key, or a reference whose variable or file is not there: not called. */
    MISSING
}
