package io.modelgate.bootstrap.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Points the self-hosted deployments of the shipped catalog at the local stub: Mistral and Gemma
 * answer, Llama 3 70B on-premises answers, its private-cloud deployment fails (503), so fallback
 * and circuit breaking can be shown. Vendor APIs get no endpoint in tests (no real key, no internet).
 */
public class ProviderStubResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        ProviderStub stub = ProviderStub.shared();
        Map<String, String> config = new HashMap<>();
        endpoint(config, "mistral-7b-instruct/ON_PREMISES", stub.baseUrl("ok"));
        endpoint(config, "gemma-2-9b/ON_PREMISES", stub.baseUrl("ok"));
        endpoint(config, "llama-3-70b-instruct/ON_PREMISES", stub.baseUrl("ok"));
        endpoint(config, "llama-3-70b-instruct/PRIVATE_CLOUD", stub.baseUrl("failing"));
        endpoint(config, "llama-3-8b-instruct/ON_PREMISES", stub.baseUrl("failing"));
        endpoint(config, "tsuzumi-7b/ON_PREMISES", stub.baseUrl("slowstream"));
        for (String vendor : new String[]{"gpt-4o", "claude-3-5-sonnet", "gemini-1-5-pro"}) {
            config.put("modelgate.gateway.endpoints.\"" + vendor + "/VENDOR_API\".url", stub.baseUrl("failing"));
        }
        return config;
    }

    private static void endpoint(Map<String, String> config, String key, String url) {
        String prefix = "modelgate.gateway.endpoints.\"" + key + "\".";
        config.put(prefix + "protocol", "OPENAI_COMPATIBLE");
        config.put(prefix + "url", url);
        config.put(prefix + "upstream-model", key.substring(0, key.indexOf('/')));
        config.put(prefix + "timeout", "2s");
    }

    @Override
    public void stop() {
    }
}
