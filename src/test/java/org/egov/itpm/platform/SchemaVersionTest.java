package org.egov.itpm.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A new migration raises the version a replica checks for at start (SchemaVersionCheck, ADR 0017). */
class SchemaVersionTest {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void expectedVersionIsTheHighestMigrationOfTheBuild() throws IOException {
        int highest;
        try (Stream<Path> scripts = Files.list(Path.of("src/main/resources/db/migration"))) {
            highest = scripts.map(p -> VERSIONED.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertThat(SchemaVersionCheck.EXPECTED)
                .as("SchemaVersionCheck.EXPECTED must name the newest migration, V%d", highest).isEqualTo(highest);
    }
}
