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
    void dockerfileUsesAPinnedTemurin25RuntimeAndTheUserTheDeploymentRunsAs() throws IOException {
        List<String> lines = dockerfile();
        List<String> from = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        assertThat(from).hasSize(1);
        String image = from.get(0).substring(5).trim();
        assertThat(image).startsWith("eclipse-temurin:25");
        assertThat(image.substring(KustomizeRenderer.imageName(image).length())).matches(":\\d+\\.\\d+.*|@sha256:[0-9a-f]{64}");
        String user = lines.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow().substring(5).trim();
        assertThat(user).as("numeric non-root user").matches("[1-9]\\d*");
        int runAsUser = Deploy.appDeployment(Deploy.render("prod"))
                .path("spec").path("template").path("spec").path("securityContext").path("runAsUser").asInt();
        assertThat(runAsUser).isEqualTo(Integer.parseInt(user));
        assertThat(String.join("\n", lines)).contains("target/quarkus-app/").contains("EXPOSE 8080");
    }

    /** ADR 0017: the image starts with its AOT cache, checked at image build with the JVM flags the pods run with. */
    @Test
    void imageStartsWithTheAotCacheItCheckedUnderTheDeploymentsJvmFlags() throws IOException {
        String text = String.join("\n", dockerfile());
        assertThat(text).contains("-XX:AOTMode=on").contains("-XX:AOTCache=app.aot -jar quarkus-run.jar");
        Matcher imageFlags = Pattern.compile("(?m)^ENV JAVA_OPTS_APPEND=\"([^\"]*)\"").matcher(text);
        assertThat(imageFlags.find()).as("Dockerfile sets JAVA_OPTS_APPEND").isTrue();
        String podFlags = null;
        for (var env : Deploy.appContainer(Deploy.render("prod")).path("env")) {
            if (env.path("name").asText().equals("JAVA_OPTS_APPEND")) {
                podFlags = env.path("value").asText();
            }
        }
        assertThat(podFlags).as("the deployment's JVM flags are the image's").isEqualTo(imageFlags.group(1));
    }

    private static List<String> dockerfile() throws IOException {
        return Files.readAllLines(Deploy.root().resolve("src/main/docker/Dockerfile.jvm"));
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
