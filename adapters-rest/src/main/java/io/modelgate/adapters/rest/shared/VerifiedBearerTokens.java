package io.modelgate.adapters.rest.shared;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers bearer access tokens that quarkus-oidc has verified, so that a client calling many times
 * with the same token has it verified once rather than on every call (signature, three JSON parses:
 * the largest single cost of a gateway call). An entry lives until the token's {@code exp}, and never
 * longer than {@code modelgate.security.token-cache.max-age}, which bounds how long a token signed
 * with a key the IdP has since withdrawn keeps working. Only successful verifications are kept; a
 * token never seen, expired or evicted goes through quarkus-oidc as before.
 *
 * <p>It is two hooks of Quarkus security: an identity provider tried before quarkus-oidc's, which
 * answers from the cache or passes (null), and an augmentor, which stores what quarkus-oidc verified.
 * Console sign-ins (authorization code flow, ID tokens) are never cached.
 */
@ApplicationScoped
public class VerifiedBearerTokens implements IdentityProvider<TokenAuthenticationRequest>, SecurityIdentityAugmentor {

    private static final String EXPIRES_AT = "quarkus.identity.expire-time"; // set by quarkus-oidc, epoch seconds
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

    private final Map<String, Entry> verified = new ConcurrentHashMap<>();
    private final Duration maxAge;
    private final int maxEntries;
    private final Counter hits;
    private final Counter misses;

    public VerifiedBearerTokens(
            @ConfigProperty(name = "modelgate.security.token-cache.max-age", defaultValue = "60s") Duration maxAge,
            @ConfigProperty(name = "modelgate.security.token-cache.max-entries", defaultValue = "10000") int maxEntries) {
        this.maxAge = maxAge;
        this.maxEntries = maxEntries;
        this.hits = counter("hit");
        this.misses = counter("miss");
    }

    private static Counter counter(String result) {
        return Counter.builder("modelgate.auth.token.cache")
                .description("Bearer tokens answered from the verified-token cache (hit) or verified by quarkus-oidc (miss)")
                .tag("result", result)
                .register(Metrics.globalRegistry);
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        // before quarkus-oidc's provider (SYSTEM_FIRST + 1), which verifies what this one passes on
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!enabled() || !(request.getToken() instanceof AccessTokenCredential)) {
            return Uni.createFrom().nullItem();
        }
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing == null || isConsole(routing)) {
            return Uni.createFrom().nullItem();
        }
        String token = request.getToken().getToken();
        Entry entry = verified.get(token);
        if (entry == null || !entry.liveAt(nowMillis())) {
            if (entry != null) {
                verified.remove(token, entry);
            }
            misses.increment();
            return Uni.createFrom().nullItem();
        }
        hits.increment();
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(entry.identity())
                .addAttribute(ROUTING_CONTEXT, routing)
                .addAttribute(REQUEST_CONTEXT, context)
                .build());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
                                         Map<String, Object> attributes) {
        remember(identity);
        return Uni.createFrom().item(identity);
    }

    private void remember(SecurityIdentity identity) {
        if (!enabled() || identity.isAnonymous() || identity.getCredential(IdTokenCredential.class) != null) {
            return;
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        Object routing = identity.getAttribute(ROUTING_CONTEXT);
        if (credential == null || credential.getToken() == null
                || (routing instanceof RoutingContext context && isConsole(context))) {
            return;
        }
        if (!(identity.getAttribute(EXPIRES_AT) instanceof Long expiresAtSeconds)) {
            return; // no expiry known: verify every time
        }
        long now = nowMillis();
        long until = Math.min(expiresAtSeconds * 1000, now + maxAge.toMillis());
        if (until <= now || verified.containsKey(credential.getToken())) {
            return;
        }
        if (verified.size() >= maxEntries) {
            verified.values().removeIf(entry -> !entry.liveAt(now));
            if (verified.size() >= maxEntries) {
                return; // full of live tokens: the rest are verified each time until some expire
            }
        }
        verified.put(credential.getToken(), new Entry(withoutRequest(identity), until));
    }

    /** The identity without this request's contexts, which must not outlive the request. */
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.remove(ROUTING_CONTEXT);
        attributes.remove(REQUEST_CONTEXT);
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addAttributes(attributes)
                .build();
    }

    private boolean enabled() {
        return maxEntries > 0 && !maxAge.isZero() && !maxAge.isNegative();
    }

    private static boolean isConsole(RoutingContext routing) {
        String path = routing.normalizedPath();
        return path != null && (path.equals("/console") || path.startsWith("/console/"));
    }

    /** Wall-clock time, as the token's {@code exp} is. */
    private static long nowMillis() {
        return System.currentTimeMillis();
    }

    private record Entry(SecurityIdentity identity, long untilMillis) {

        boolean liveAt(long nowMillis) {
            return nowMillis < untilMillis;
        }
    }
}
