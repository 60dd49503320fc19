package org.egov.itpm.platform.secrets;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.egov.itpm.common.ItpmConfig;

/**
 * The one {@link SecretBox} of the service, built from ITPM_SECRETS_KEY at start-up: a missing or malformed key
 * stops the service from starting rather than storing a secret in plain text.
 */
@ApplicationScoped
public class SecretBoxProducer {

    @Produces
    @Singleton
    @Startup
    SecretBox secretBox(ItpmConfig config) {
        ItpmConfig.Secrets s = config.secrets();
        return SecretBox.fromConfig(s.keyId(), s.key(), s.previousKeys().orElse(null));
    }
}
