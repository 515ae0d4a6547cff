package io.modelgate.bootstrap.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Endpoints for the fault scenarios, all on {@link FaultyProvider} and all with canary API keys
 * ({@code sk-canary-<random>-<endpoint>}, new every run) that must never show up anywhere:
 * <ul>
 *   <li>{@code fault-outage} (503s) and {@code fault-hang} (silent past a 500 ms timeout) on premises, whose
 *       circuits re-probe after 1 s (the default 30 s would make the scenario slow);</li>
 *   <li>{@code fault-backup} on premises and {@code fault-vendor} as a vendor API, both answering: fallbacks;</li>
 *   <li>{@code fault-echo-*}: providers that echo the key back, over each wire protocol.</li>
 * </ul>
 * The catalog entries for these model ids are registered by the tests (FaultCatalog).
 */
public class FaultStubResource implements QuarkusTestResourceLifecycleManager {

    /** The canary's common part; tests search for it. A system property, so every class loader sees one value. */
    public static String canary() {
        synchronized (FaultStubResource.class) {
            String canary = System.getProperty("fault-scenarios.canary");
            if (canary == null) {
                byte[] random = new byte[8];
                new SecureRandom().nextBytes(random);
                canary = "sk-canary-" + HexFormat.of().formatHex(random);
                System.setProperty("fault-scenarios.canary", canary);
            }
            return canary;
        }
    }

    @Override
    public Map<String, String> start() {
        FaultyProvider stub = FaultyProvider.shared();
        Map<String, String> config = new HashMap<>();
        endpoint(config, "fault-outage/ON_PREMISES", "OPENAI_COMPATIBLE", stub.baseUrl("outage"), "2s", "1s");
        endpoint(config, "fault-hang/ON_PREMISES", "OPENAI_COMPATIBLE", stub.baseUrl("hang"), "500ms", "1s");
        endpoint(config, "fault-backup/ON_PREMISES", "OPENAI_COMPATIBLE", stub.baseUrl("ok-backup"), "2s", null);
        endpoint(config, "fault-vendor/VENDOR_API", "OPENAI_COMPATIBLE", stub.baseUrl("ok-vendor"), "2s", null);
        endpoint(config, "fault-echo-openai/ON_PREMISES", "OPENAI_COMPATIBLE", stub.baseUrl("echo401-openai"), "2s", null);
        endpoint(config, "fault-echo-rejected/ON_PREMISES", "OPENAI_COMPATIBLE", stub.baseUrl("echo400-rejected"), "2s",
                null);
        endpoint(config, "fault-echo-anthropic/ON_PREMISES", "ANTHROPIC", stub.baseUrl("echo500-anthropic"), "2s", null);
        endpoint(config, "fault-echo-gemini/ON_PREMISES", "GEMINI", stub.baseUrl("echo400-gemini"), "2s", null);
        endpoint(config, "fault-echo-stream/ON_PREMISES", "OPENAI_COMPATIBLE", stub.baseUrl("echostream"), "2s", null);
        return config;
    }

    private static void endpoint(Map<String, String> config, String key, String protocol, String url, String timeout,
                                 String breakerOpenFor) {
        String prefix = "modelgate.gateway.endpoints.\"" + key + "\".";
        String model = key.substring(0, key.indexOf('/'));
        config.put(prefix + "protocol", protocol);
        config.put(prefix + "url", url);
        config.put(prefix + "upstream-model", model);
        config.put(prefix + "api-key", canary() + "-" + model);
        config.put(prefix + "timeout", timeout);
        if (breakerOpenFor != null) {
            config.put(prefix + "breaker-open-for", breakerOpenFor);
        }
    }

    @Override
    public void stop() {
    }
}
