package org.egov.itpm.policy.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The packs shipped in {@code src/main/resources/policy/packs}. */
public final class BuiltInPacks {

    public static final List<String> FILES = List.of(
            "jianshan-2024.json", "jianshan-2024-v2.json",
            "wushan-2022.json", "wushan-2022-v2.json", "wushan-2022-v3.json",
            "qufu-2024.json", "qufu-2024-v2.json",
            "baotou-2024.json", "baotou-2024-v2.json",
            "jiangxi-2024.json", "jiangxi-2024-v2.json", "jiangxi-2024-v3.json");

    private BuiltInPacks() {
    }

    public static PackCatalog catalog() {
        return new PackCatalog(FILES.stream().map(BuiltInPacks::load).toList());
    }

    public static Pack load(String file) {
        String resource = "/policy/packs/" + file;
        try (InputStream in = BuiltInPacks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return PackParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
