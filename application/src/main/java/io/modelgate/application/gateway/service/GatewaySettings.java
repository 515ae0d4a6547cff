package io.modelgate.application.gateway.service;

import io.modelgate.domain.shared.Require;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The gateway's configurable limits.
 *
 * @param defaultMaxTokens    max_tokens when a caller sends none (the reservation needs a bound)
 * @param maxTokensCap        the most a caller may ask for
 * @param breakerFailures     consecutive failures that open an endpoint's circuit
 * @param breakerOpenFor      how long an open circuit refuses before one probe is let through
 * @param budgetZone          whose calendar decides the budget month
 */
public record GatewaySettings(int defaultMaxTokens, int maxTokensCap, int breakerFailures, Duration breakerOpenFor,
                              ZoneId budgetZone) {

    public GatewaySettings {
        Require.positive(defaultMaxTokens, "defaultMaxTokens");
        Require.positive(maxTokensCap, "maxTokensCap");
        Require.that(defaultMaxTokens <= maxTokensCap, "defaultMaxTokens", "must not exceed maxTokensCap");
        Require.positive(breakerFailures, "breakerFailures");
        Require.present(breakerOpenFor, "breakerOpenFor");
        Require.present(budgetZone, "budgetZone");
    }
}
