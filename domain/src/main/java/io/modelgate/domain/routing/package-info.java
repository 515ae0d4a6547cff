/**
 * Routing, the hybrid strategy at call time: which of a department's approved routes serves a gateway
 * call and which stand in when a provider fails ({@link io.modelgate.domain.routing.Router},
 * {@link io.modelgate.domain.routing.RoutingTable}), why a call cannot be routed
 * ({@link io.modelgate.domain.routing.RefusalReason}), which quality tier each task wants
 * ({@link io.modelgate.domain.routing.TierPreference}), and when to stop calling a failing provider
 * endpoint ({@link io.modelgate.domain.routing.CircuitBreaker}).
 */
package io.modelgate.domain.routing;
