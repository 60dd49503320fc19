package org.egov.itpm.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.deploy.Deploy.appContainer;
import static org.egov.itpm.deploy.Deploy.get;
import static org.egov.itpm.deploy.Deploy.render;

/** The release's migration step (docs/deploy.md section 4, ADR 0017): the service's image, migrating, replicas not. */
class MigrationJobTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theJobMigratesWithTheServiceImageAndTheReplicasDoNot(String overlay) {
        List<ObjectNode> objects = render(overlay);
        JsonNode pod = get(objects, "Job", "egov-itpm-migrate").path("spec").path("template").path("spec");
        JsonNode job = pod.path("containers").get(0);
        JsonNode app = appContainer(objects);

        assertThat(job.path("image").asText()).as("%s: the Job runs the replicas' image", overlay)
                .isEqualTo(app.path("image").asText());
        assertThat(job.path("envFrom").toString()).isEqualTo(app.path("envFrom").toString());
        assertThat(env(job)).containsEntry("DB_MIGRATE_AT_START", "true").containsEntry("QUARKUS_INIT_AND_EXIT", "true");
        assertThat(get(objects, "ConfigMap", "egov-itpm-config").path("data").path("DB_MIGRATE_AT_START").asText())
                .as("replicas do not migrate").isEqualTo("false");
        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(job.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(job.path("resources").path("limits").path("memory").asText()).isNotBlank();
    }

    private static Map<String, String> env(JsonNode container) {
        Map<String, String> values = new HashMap<>();
        container.path("env").forEach(e -> values.put(e.path("name").asText(), e.path("value").asText()));
        return values;
    }
}
