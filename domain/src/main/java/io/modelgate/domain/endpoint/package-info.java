/**
 * Rules for provider endpoints that do not depend on how a provider is called: where an endpoint's
 * secret is found ({@link io.modelgate.domain.endpoint.SecretReference}, a name, never the value) and
 * which hosts an endpoint managed through the API may point at
 * ({@link io.modelgate.domain.endpoint.AddressAllowList}).
 */
package io.modelgate.domain.endpoint;
