package org.egov.itpm.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code kubectl kustomize}, when a kubectl with Kustomize v4 or newer is on the PATH. */
final class Kubectl {

    private static Optional<Path> cached;

    private Kubectl() {
    }

    /** The kubectl binary, if it is on the PATH and embeds Kustomize v4+ (older ones lack {@code patches:}). */
    static synchronized Optional<Path> find() {
        if (cached == null) {
            cached = Optional.empty();
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(dir, "kubectl");
                if (Files.isExecutable(candidate)) {
                    try {
                        String out = run(List.of(candidate.toString(), "version", "--client", "-o", "json"), null);
                        JsonNode v = new ObjectMapper().readTree(out);
                        Matcher m = Pattern.compile("v?(\\d+)\\.").matcher(v.path("kustomizeVersion").asText());
                        if (m.lookingAt() && Integer.parseInt(m.group(1)) >= 4) {
                            cached = Optional.of(candidate);
                        }
                    } catch (IOException | RuntimeException e) {
                        // an unusable kubectl counts as absent
                    }
                    break;
                }
            }
        }
        return cached;
    }

    static List<ObjectNode> kustomize(Path dir) throws IOException {
        Path kubectl = find().orElseThrow(() -> new IllegalStateException("kubectl not available"));
        return KustomizeRenderer.parseDocuments(run(List.of(kubectl.toString(), "kustomize", dir.toString()), null));
    }

    static String run(List<String> command, Path workDir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        if (workDir != null) {
            pb.directory(workDir.toFile());
        }
        Path err = Files.createTempFile("cmd", ".err");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + command);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        String stderr = Files.readString(err);
        Files.deleteIfExists(err);
        if (p.exitValue() != 0) {
            throw new IOException(command + " exited " + p.exitValue() + ": " + stderr);
        }
        return out;
    }
}
