package org.egov.itpm.policy.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A published pack version never changes: the MANIFEST next to the built-in packs pins the SHA-256 of every
 * (id, version) shipped. A rule change is a new version with its own window (issue #16, ADR 0007).
 * After a reviewed decision that a change is not a new version, regenerate the manifest with
 * {@code ./mvnw -B -q test -Dtest=PublishedPacksAreFrozenTest -Dpacks.manifest.write=true} and commit it.
 */
class PublishedPacksAreFrozenTest {

    static final Path PACKS = Path.of("src/main/resources/policy/packs");
    static final Path MANIFEST = PACKS.resolve("MANIFEST");
    static final String HEADER = """
            # Published built-in policy pack versions: <id> <version> <sha256 of the file> <file>.
            # A published version is immutable: change a pack by adding a new version (higher "version", its own
            # effectiveFrom/effectiveTo). Regenerate only after review: see PublishedPacksAreFrozenTest.
            """;

    @Test
    void shouldNotChangeAPublishedPackVersion() throws IOException {
        Map<String, String> current = current();
        if (Boolean.getBoolean("packs.manifest.write")) {
            StringBuilder out = new StringBuilder(HEADER);
            current.forEach((key, line) -> out.append(line).append('\n'));
            Files.writeString(MANIFEST, out.toString(), StandardCharsets.UTF_8);
            return;
        }
        Map<String, String> pinned = pinned();
        List<String> problems = new ArrayList<>();
        pinned.forEach((key, line) -> {
            String now = current.get(key);
            if (now == null) {
                problems.add(key + " was published and is gone; projects may be bound to it, so keep its file");
            } else if (!now.equals(line)) {
                problems.add(key + " changed after publication (manifest: " + line + ", now: " + now + ")");
            }
        });
        current.keySet().stream().filter(k -> !pinned.containsKey(k))
                .forEach(k -> problems.add(k + " is not in the manifest yet (a new version: add it by regenerating)"));
        assertThat(problems).as("""
                Published pack versions are immutable (ADR 0007). To change a pack, copy its file as a new version:
                raise "version", give it its own effectiveFrom/effectiveTo, add it to BuiltInPacks.FILES, and record it
                with ./mvnw -B -q test -Dtest=PublishedPacksAreFrozenTest -Dpacks.manifest.write=true. Regenerate
                over an existing version only if review decides the change does not alter any rule.""").isEmpty();
    }

    private static Map<String, String> current() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String file : BuiltInPacks.FILES.stream().sorted().toList()) {
            byte[] bytes = Files.readAllBytes(PACKS.resolve(file));
            Pack pack = PackParser.parse(new String(bytes, StandardCharsets.UTF_8));
            String key = pack.id() + " " + pack.version();
            out.put(key, key + " " + sha256(bytes) + " " + file);
        }
        return out;
    }

    private static Map<String, String> pinned() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(MANIFEST, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split(" ");
                out.put(parts[0] + " " + parts[1], line);
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
