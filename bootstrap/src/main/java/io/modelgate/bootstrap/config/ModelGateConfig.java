package io.modelgate.bootstrap.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** ModelGate's own settings ({@code modelgate.*}), documented in docs/operations.md. */
@ConfigMapping(prefix = "modelgate")
public interface ModelGateConfig {

    Classification classification();

    Cost cost();

    Approval approval();

    Gateway gateway();

    interface Gateway {
        /** max_tokens when a caller sends none: the budget reservation needs a bound. */
        @WithDefault("1024")
        int defaultMaxTokens();

        /** The most a caller may ask for. */
        @WithDefault("8192")
        int maxTokensCap();

        /** Consecutive failures that open an endpoint's circuit breaker. */
        @WithDefault("5")
        int breakerFailures();

        /** How long an open circuit refuses before letting one probe through. */
        @WithDefault("30s")
        java.time.Duration breakerOpenFor();

        /**
         * How long a department's routing snapshot (approvals, models, policy) serves before it is reloaded
         * though no change was heard of: the bound on how late a change made through another instance,
         * a revocation included, takes effect here. Changes made through this instance take effect at once.
         * 0 reloads on every call.
         */
        @WithDefault("1s")
        java.time.Duration routingSnapshotMaxAge();

        /**
         * Where each model deployment is served, keyed {@code model/DEPLOYMENT}, e.g.
         * {@code modelgate.gateway.endpoints."gpt-4o/VENDOR_API".url=https://api.openai.com/v1}. As environment
         * variables the key reads {@code GPT_4O_VENDOR_API}; see {@link ConfiguredEndpoints} for every form.
         * Checked at start (ConfiguredEndpoints): a malformed entry stops the start and says what to write.
         */
        Map<String, Endpoint> endpoints();

        interface Endpoint {
            /** The catalog model, when the key cannot say it (an environment variable cannot write '.'). */
            Optional<String> model();

            /** VENDOR_API, PRIVATE_CLOUD or ON_PREMISES, when the key does not say it. */
            Optional<String> deployment();

            /** OPENAI_COMPATIBLE (default), ANTHROPIC or GEMINI. */
            Optional<String> protocol();

            Optional<String> url();

            /**
             * The provider's key as a value, e.g. {@code api-key=${OPENAI_API_KEY:}}: held in memory only. Prefer
             * {@link #apiKeyEnv()} or {@link #apiKeyFile()}, which name where the key is.
             */
            Optional<String> apiKey();

            /** The name of the environment variable that holds the key, e.g. {@code OPENAI_API_KEY}. */
            Optional<String> apiKeyEnv();

            /** A file under {@code modelgate.endpoints.secrets-dir} that holds the key (a mounted Secret). */
            Optional<String> apiKeyFile();

            /** The provider's name for the model, e.g. gpt-4o-2024-08-06 or llama3:70b; default: the model id. */
            Optional<String> upstreamModel();

            @WithDefault("60s")
            java.time.Duration timeout();

            /** This endpoint's open-circuit interval, when it should differ from {@code breaker-open-for}. */
            Optional<java.time.Duration> breakerOpenFor();
        }
    }

    Endpoints endpoints();

    DemoUpstream demoUpstream();

    /** LOCAL DEMO ONLY: /demo-upstream/v1 answers with canned sentences (DemoUpstream); prod refuses it. */
    interface DemoUpstream {
        @WithDefault("false")
        boolean enabled();
    }

    /** Endpoints managed through /api/v1/endpoints (docs/gateway.md, "Configuring providers"). */
    interface Endpoints {
        /**
         * Hosts an API-managed endpoint may point at: {@code *}, host names, {@code *.domain}, IP addresses,
         * CIDR blocks. Loopback, link-local and cloud metadata addresses only when listed exactly.
         */
        @WithDefault("*")
        java.util.List<String> allowedHosts();

        /** Where {@code secret.file} references are read from (a mounted Kubernetes Secret). */
        @WithDefault("/var/run/secrets/modelgate")
        String secretsDir();
    }

    interface Approval {
        /** A monthly estimate above this always needs a finance review, in the budget currency. */
        @WithDefault("1000000")
        String financeThreshold();

        /** How long an approval lasts (ISO-8601 period). */
        @WithDefault("P12M")
        String validity();

        /** A price change beyond this share re-opens the approvals of the model (0.2 = 20 %). */
        @WithDefault("0.2")
        String priceChangeShare();

        /** Whose calendar decides the budget month. */
        @WithDefault("Asia/Tokyo")
        String budgetZone();
    }

    /** Local profile: where the key pair and the embedded database live (read before start, see ModelGateMain). */
    Optional<String> dataDir();

    /**
     * Where people reach ModelGate, e.g. {@code https://modelgate.example.co.jp}: the console's sign-in
     * redirects are built from it, its cookies are Secure when it is https, console requests for another
     * host are refused, and the OpenAPI document names it as its server. Required in prod when the console
     * signs people in (ProdRequirements; docs/operations.md, "Public URL").
     */
    Optional<String> publicUrl();

    Settlement settlement();

    /** How finished gateway calls are spooled, committed and reconciled (docs/gateway.md, "Settlement"). */
    interface Settlement {
        /** The instance's own spool directory; default {@code <data dir>/spool}. One per running instance. */
        Optional<String> spoolDir();

        /** The most settlements one transaction commits. */
        @WithDefault("500")
        int batchSize();

        /** Settlements waiting in memory before callers wait. */
        @WithDefault("100000")
        int queueCapacity();

        /** Pause between commit attempts while the database cannot be reached. */
        @WithDefault("250ms")
        java.time.Duration retryEvery();

        /** How often this instance writes its heartbeat. */
        @WithDefault("5s")
        java.time.Duration heartbeatEvery();

        /** An instance silent for longer is dead: its in-flight calls are reconciled. */
        @WithDefault("30s")
        java.time.Duration silence();

        /** How often abandoned in-flight calls are looked for. */
        @WithDefault("10s")
        java.time.Duration reconcileEvery();
    }

    Database database();

    interface Database {
        /** Which database was chosen and why; set at start by ModelGateMain or the test resource. */
        Optional<String> choice();
    }

    interface Classification {
        /** The level a department's data has when nobody declares one. */
        @WithDefault("INTERNAL")
        String defaultLevel();

        /** Per-department overrides, e.g. {@code modelgate.classification.department-defaults.legal=CONFIDENTIAL}. */
        Map<String, String> departmentDefaults();
    }

    interface Cost {
        /** The currency budgets are kept in and estimates are shown in unless a request asks otherwise. */
        @WithDefault("JPY")
        String currency();

        /** Dated rates keyed {@code FROM-TO}, e.g. {@code modelgate.cost.exchange-rates."USD-JPY".rate=150.00}. */
        Map<String, Rate> exchangeRates();

        interface Rate {
            String rate();

            LocalDate asOf();
        }
    }
}
