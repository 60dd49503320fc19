package org.egov.itpm.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tests wait for what they wait for (Awaitility on the observable condition, or the clock moved), never for a while:
 * a Thread.sleep in test code is allowed only where real time is the point (a client's back-off, a slow receiver),
 * said by a "real time on purpose" comment on its line or just above it.
 */
class TestsDoNotSleepToWaitTest {

    private static final String SLEEP = "Thread" + ".sleep("; // not a hit of this file itself
    private static final String REASON = "real time on purpose";
    private static final int LINES_ABOVE = 6;

    @Test
    void everySleepInTestCodeSaysWhyRealTimeIsThePoint() throws IOException {
        List<String> unexplained = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains(SLEEP) && !explained(lines, i)) {
                        unexplained.add(file + ":" + (i + 1));
                    }
                }
            }
        }
        assertThat(unexplained).as("Thread.sleep without a \"%s\" comment: await the condition instead", REASON)
                .isEmpty();
    }

    private static boolean explained(List<String> lines, int at) {
        for (int i = Math.max(0, at - LINES_ABOVE); i <= at; i++) {
            if (lines.get(i).toLowerCase(java.util.Locale.ROOT).contains(REASON)) {
                return true;
            }
        }
        return false;
    }
}
