package org.egov.itpm.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Application settings under {@code itpm.*}; each has an environment variable listed in the README. */
@ConfigMapping(prefix = "itpm")
public interface ItpmConfig {

    /** Document uploads. */
    Documents documents();

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

        /** How long the expert list is cached. */
        @WithDefault("PT1M")
        Duration cacheTtl();
    }
}
