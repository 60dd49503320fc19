package org.egov.itpm.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The Dockerfile is checked statically: nothing here needs a container engine. */
class ContainerImageTest {

    @Test
    void dockerfileUsesAPinnedUbiOpenJdk17RuntimeAndTheUserTheDeploymentRunsAs() throws IOException {
        List<String> lines = Files.readAllLines(Deploy.root().resolve("src/main/docker/Dockerfile.jvm"));
        List<String> from = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        assertThat(from).hasSize(1);
        String image = from.get(0).substring(5).trim();
        assertThat(image).startsWith("registry.access.redhat.com/ubi9/openjdk-17-runtime:");
        assertThat(image.substring(KustomizeRenderer.imageName(image).length())).matches(":\\d+\\.\\d+.*|@sha256:[0-9a-f]{64}");
        String user = lines.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow().substring(5).trim();
        assertThat(user).as("numeric non-root user").matches("[1-9]\\d*");
        int runAsUser = Deploy.appDeployment(Deploy.render("prod"))
                .path("spec").path("template").path("spec").path("securityContext").path("runAsUser").asInt();
        assertThat(runAsUser).isEqualTo(Integer.parseInt(user));
        assertThat(String.join("\n", lines)).contains("target/quarkus-app/").contains("EXPOSE 8080");
    }

    @Test
    void deployDocDescribesEveryEnvironmentVariable() throws IOException {
        String doc = Files.readString(Deploy.root().resolve("docs/deploy.md"));
        for (String var : Deploy.envVarsReadByService()) {
            Matcher row = Pattern.compile("(?m)^\\|\\s*`" + var + "`\\s*\\|([^|]*\\|){2,}").matcher(doc);
            assertThat(row.find()).as("docs/deploy.md has a table row for `%s`", var).isTrue();
        }
        assertThat(doc).contains("kubectl kustomize k8s/overlays/prod", "realm-import.sh", "advisory lock",
                "rollout restart", "max_connections");
    }
}
