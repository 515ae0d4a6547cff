package io.modelgate.application.shared;

/**
 * The database cannot be reached (refused, timed out, shutting down). Nothing was changed; the caller
 * may try again shortly.
 */
public final class StoreUnavailableException extends RuntimeException {

    public static final String CODE = "STORE.UNAVAILABLE";

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public String code() {
        return CODE;
    }
}
