package org.egov.itpm.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Shared access to the repository, the rendered overlays and the service's configuration. */
final class Deploy {

    static final List<String> OVERLAYS = List.of("dev", "prod");
    static final String APP = "egov-itpm";

    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    private Deploy() {
    }

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("k8s")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("repository root (pom.xml + k8s/) not found from " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static Path overlay(String name) {
        return root().resolve("k8s/overlays").resolve(name);
    }

    /** The overlay rendered by {@code kubectl kustomize} when available, else by {@link KustomizeRenderer}. */
    static List<ObjectNode> render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> {
            try {
                return Kubectl.find().isPresent() ? Kubectl.kustomize(overlay(o)) : KustomizeRenderer.render(overlay(o));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static String renderer() {
        return Kubectl.find().map(k -> "kubectl kustomize (" + k + ")").orElse("KustomizeRenderer (no kubectl with Kustomize v4+ on PATH)");
    }

    static List<ObjectNode> ofKind(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).collect(Collectors.toList());
    }

    static Optional<ObjectNode> find(List<ObjectNode> objects, String kind, String name) {
        return objects.stream()
                .filter(o -> kind.equals(o.path("kind").asText()) && name.equals(o.path("metadata").path("name").asText()))
                .findFirst();
    }

    static ObjectNode get(List<ObjectNode> objects, String kind, String name) {
        return find(objects, kind, name).orElseThrow(() -> new AssertionError("rendered output has no " + kind + "/" + name));
    }

    static ObjectNode appDeployment(List<ObjectNode> objects) {
        return get(objects, "Deployment", APP);
    }

    static JsonNode appContainer(List<ObjectNode> objects) {
        for (JsonNode c : appDeployment(objects).path("spec").path("template").path("spec").path("containers")) {
            if (APP.equals(c.path("name").asText())) {
                return c;
            }
        }
        throw new AssertionError("Deployment " + APP + " has no container " + APP);
    }

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");

    /** Every environment variable that application.properties reads through {@code ${VAR}} or {@code ${VAR:default}}. */
    static TreeSet<String> envVarsReadByService() {
        try {
            TreeSet<String> vars = new TreeSet<>();
            for (String line : Files.readAllLines(root().resolve("src/main/resources/application.properties"))) {
                if (line.strip().startsWith("#")) {
                    continue;
                }
                Matcher m = ENV_REFERENCE.matcher(line);
                while (m.find()) {
                    vars.add(m.group(1));
                }
            }
            return vars;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when {@code selector} (a matchLabels map) selects a pod with {@code labels}. */
    static boolean selects(JsonNode matchLabels, JsonNode labels) {
        if (matchLabels == null || !matchLabels.isObject() || matchLabels.isEmpty()) {
            return false;
        }
        for (var it = matchLabels.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
