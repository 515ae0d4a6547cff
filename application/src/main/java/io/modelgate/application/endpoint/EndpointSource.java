package io.modelgate.application.endpoint;

/** Where an endpoint is defined. */
public enum EndpointSource {
    /** {@code modelgate.gateway.endpoints.*} (a properties file or the environment): changed by a redeploy. */
    CONFIGURATION,
    /** Stored by an admin through {@code /api/v1/endpoints}: versioned, audited, wins over the configuration. */
    API
}
