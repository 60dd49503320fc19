package org.egov.itpm.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Application settings under {@code itpm.*}; each has an environment variable listed in the README. */
@ConfigMapping(prefix = "itpm")
public interface ItpmConfig {

    /** Document uploads. */
    Documents documents();

    /** The GraphQL query budget, checked before validation (platform/graphql/QueryBudgetInstrumentation). */
    Graphql graphql();

    /** Query budget settings; the engine's own depth and complexity limits are quarkus.smallrye-graphql.*. */
    interface Graphql {
        /** Fields a document may expand to, counting every fragment spread (GRAPHQL_MAX_FIELDS). */
        @WithDefault("2000")
        long maxFields();

        /** Aliases in a document (GRAPHQL_MAX_ALIASES). */
        @WithDefault("200")
        int maxAliases();

        /** Fragment definitions in a document (GRAPHQL_MAX_FRAGMENTS). */
        @WithDefault("100")
        int maxFragments();

        /** Operations in a document (GRAPHQL_MAX_OPERATIONS). */
        @WithDefault("20")
        int maxOperations();

        /** After this, a request's remaining fields fail with REQUEST_TIMEOUT (GRAPHQL_EXECUTION_TIMEOUT). */
        @WithDefault("PT20S")
        java.time.Duration executionTimeout();

        /** The compiled read path (ADR 0016). */
        Compiled compiled();

        /** Compiled read path settings. */
        interface Compiled {
            /** Serve compilable project queries with one SQL statement (GRAPHQL_COMPILED_ENABLED). */
            @WithDefault("true")
            boolean enabled();
        }
    }

    /** Bearer-token authentication. */
    Auth auth();

    /** Bearer-token authentication settings; the verification itself is quarkus.oidc.*. */
    interface Auth {
        /** Identities of tokens that passed verification, reused for the same token (ADR 0020). */
        TokenCache tokenCache();

        /** Verified-token cache settings. */
        interface TokenCache {
            /** Reuse a verified token's identity instead of verifying it again (ITPM_AUTH_TOKEN_CACHE_ENABLED). */
            @WithDefault("true")
            boolean enabled();

            /** Longest a verification is reused; never past the token's exp (ITPM_AUTH_TOKEN_CACHE_TTL). */
            @WithDefault("PT60S")
            Duration ttl();

            /** Most tokens kept; the least useful are evicted first (ITPM_AUTH_TOKEN_CACHE_MAX_SIZE). */
            @WithDefault("1000")
            long maxSize();
        }
    }

    /** The daily scan. */
    Scan scan();

    /** Demo data. */
    DemoData demoData();

    /** Demo data settings. */
    interface DemoData {
        /** Classpath SQL scripts run at every start-up, idempotently (ITPM_DEMO_DATA_SCRIPTS); "none" in production. */
        java.util.List<String> scripts();
    }

    /** The Keycloak expert directory. */
    Directory directory();

    /** The provincial platform exchange (docs/platform-exchange.md). */
    Exchange exchange();

    /** Provincial platform exchange settings. */
    interface Exchange {
        /** Node code of this installation, sent as NODE_CODE in every exchanged row (ITPM_EXCHANGE_NODE_CODE). */
        String nodeCode();

        /** Pull serves only rows older than this, so a transaction still committing is never skipped (ITPM_EXCHANGE_SETTLE_LAG). */
        @WithDefault("PT5S")
        Duration settleLag();

        /** Largest request body of the exchange endpoints, in bytes (ITPM_EXCHANGE_MAX_BODY_BYTES). */
        @WithDefault("65536")
        long maxBodyBytes();

        /** How long an Idempotency-Key is remembered; after that the same key is a new request (ITPM_EXCHANGE_IDEMPOTENCY_TTL). */
        @WithDefault("P7D")
        Duration idempotencyTtl();

        /** How often expired Idempotency-Keys are purged, e.g. 1h; "off" disables it (ITPM_EXCHANGE_IDEMPOTENCY_PURGE). */
        @WithDefault("1h")
        String idempotencyPurge();

        /** Webhook delivery. */
        Delivery delivery();

        /** Webhook delivery settings. */
        interface Delivery {
            /** How often the deliverer looks for due deliveries, e.g. 5s; "off" disables it (ITPM_EXCHANGE_DELIVERY_INTERVAL). */
            String interval();

            /** Failed attempts after which a delivery is PARKED (ITPM_EXCHANGE_DELIVERY_MAX_ATTEMPTS). */
            @WithDefault("8")
            int maxAttempts();

            /** First retry delay; doubles per failure (ITPM_EXCHANGE_DELIVERY_BACKOFF_BASE). */
            @WithDefault("PT10S")
            Duration backoffBase();

            /** Longest retry delay (ITPM_EXCHANGE_DELIVERY_BACKOFF_MAX). */
            @WithDefault("PT1H")
            Duration backoffMax();

            /** Connect and response timeout of one webhook POST (ITPM_EXCHANGE_DELIVERY_TIMEOUT). */
            @WithDefault("PT10S")
            Duration timeout();

            /** Deliveries claimed per transaction. */
            @WithDefault("20")
            int batchSize();
        }
    }

    /** Encryption of stored secrets (webhook secrets). */
    Secrets secrets();

    /** Keys of stored secrets (docs/security.md "Secrets at rest"). */
    interface Secrets {
        /** The current AES-256 key, base64 (ITPM_SECRETS_KEY); required in production. */
        String key();

        /** Id stored with every value sealed by the current key (ITPM_SECRETS_KEY_ID). */
        @WithDefault("k1")
        String keyId();

        /** Earlier keys still accepted for reading, "id:base64,id:base64" (ITPM_SECRETS_PREVIOUS_KEYS). */
        java.util.Optional<String> previousKeys();
    }

    /** The ledger (台账): background jobs, download links and import limits (docs/ledger.md, ADR 0014). */
    Ledger ledger();

    /** Ledger job settings. */
    interface Ledger {
        /** Key of the HMAC that signs download links (ITPM_LEDGER_LINK_KEY); defaults to the secrets key. */
        String linkKey();

        /** How long a download link works (ITPM_LEDGER_LINK_TTL). */
        @WithDefault("PT15M")
        Duration linkTtl();

        /** How often a replica looks for queued jobs, e.g. 2s; "off" disables the worker (ITPM_LEDGER_JOB_INTERVAL). */
        @WithDefault("2s")
        String jobInterval();

        /** A running job whose worker has not reported for this long is taken over (ITPM_LEDGER_JOB_STALE_AFTER). */
        @WithDefault("PT2M")
        Duration staleAfter();

        /** Interrupted runs after which a job is FAILED, restartable by hand (ITPM_LEDGER_JOB_MAX_ATTEMPTS). */
        @WithDefault("3")
        int maxAttempts();

        /** Largest import file in bytes (ITPM_LEDGER_IMPORT_MAX_BYTES). */
        @WithDefault("10485760")
        long importMaxBytes();

        /** Most data rows an import may carry over all sheets (ITPM_LEDGER_IMPORT_MAX_ROWS). */
        @WithDefault("50000")
        int importMaxRows();

        /** Longest import commit transaction (ITPM_LEDGER_IMPORT_TIMEOUT). */
        @WithDefault("PT10M")
        Duration importTimeout();
    }

    /** Document upload settings. */
    interface Documents {
        /** Largest accepted document, in bytes (ITPM_DOCUMENT_MAX_BYTES). */
        @WithDefault("20971520")
        long maxBytes();
    }

    /** Daily scan settings. */
    interface Scan {
        /** Cron of the daily re-evaluation, Asia/Shanghai (ITPM_SCAN_CRON); "off" disables it. */
        String cron();
    }

    /** Where and how the service reads the expert pool from Keycloak. */
    interface Directory {
        /** Keycloak base URL, e.g. http://localhost:8180 (KEYCLOAK_URL). */
        String keycloakUrl();

        /** Realm name (KEYCLOAK_REALM). */
        @WithDefault("itpm")
        String realm();

        /** Confidential client with view-users (DIRECTORY_CLIENT_ID). */
        @WithDefault("itpm-directory")
        String clientId();

        /** Its secret (DIRECTORY_CLIENT_SECRET). */
        String clientSecret();

        /** How long the expert list is cached before a reader re-reads it. */
        @WithDefault("PT1M")
        Duration cacheTtl();

        /** How often the pool is re-read in the background, e.g. 5m; "off" disables it (ITPM_DIRECTORY_REFRESH_EVERY). */
        @WithDefault("5m")
        String refreshEvery();

        /** Users read per request of a role's listing. */
        @WithDefault("500")
        int pageSize();

        /** The most holders of one role the service reads; a longer listing is refused (ITPM_DIRECTORY_MAX_USERS). */
        @WithDefault("10000")
        int maxUsers();
    }

    /** Reviews. */
    Review review();

    /** Review settings. */
    interface Review {
        /** Panel draws. */
        Draw draw();

        /** Panel draw settings (ADR 0011). */
        interface Draw {
            /**
             * Experts who sat on a panel of the same unit's projects within this many days are not drawn; 0 turns
             * the rule off (ITPM_REVIEW_DRAW_COOLDOWN_DAYS).
             */
            @WithDefault("0")
            int cooldownDays();
        }
    }
}
