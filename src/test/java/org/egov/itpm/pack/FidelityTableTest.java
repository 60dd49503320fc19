package org.egov.itpm.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.egov.itpm.policy.pack.BuiltInPacks;
import org.egov.itpm.policy.pack.Pack;
import org.junit.jupiter.api.Test;

/**
 * docs/fidelity.md is the fidelity audit's table kept in the repository (issue #20): every row of the audit's section
 * 1 is there and full, every test it names exists, and every obligation of the seeds it leaves "noted" is in its
 * pack's notes.
 */
class FidelityTableTest {

    private static final Path DOC = Path.of("docs/fidelity.md");
    private static final Path TESTS = Path.of("src/test/java");
    private static final Pattern REF = Pattern.compile("`([A-Z][A-Za-z0-9]*)#([A-Za-z0-9_]+)`");

    /** The audit's 75 sub-obligations of section 1. */
    static List<String> auditIds() {
        List<String> ids = new ArrayList<>();
        Map<String, Integer> groups = new LinkedHashMap<>();
        groups.put("A", 4);
        groups.put("R", 6);
        groups.put("P", 10);
        groups.put("Q", 8);
        groups.put("F", 3);
        groups.put("G", 2);
        groups.put("C", 7);
        groups.put("S", 2);
        groups.put("V", 5);
        groups.put("X", 4);
        groups.put("K", 3);
        groups.put("T", 1);
        groups.put("AC", 8);
        groups.put("AD", 4);
        groups.put("E", 5);
        groups.put("O", 3);
        groups.forEach((prefix, n) -> {
            for (int i = 1; i <= n; i++) {
                ids.add(prefix + i);
            }
        });
        return ids;
    }

    record Row(List<String> cells) {
        String cell(int i) {
            return cells.get(i).trim();
        }
    }

    static Map<String, Row> rows(String section, String idPattern) throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf(section);
        assertThat(start).as("docs/fidelity.md has the section '%s'", section).isNotNegative();
        int end = doc.indexOf("\n## ", start + section.length());
        String body = end < 0 ? doc.substring(start) : doc.substring(start, end);
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : body.split("\n")) {
            if (!line.startsWith("| ")) {
                continue;
            }
            List<String> cells = Arrays.asList(line.substring(1, line.length() - 1).split(" \\| ", -1));
            String id = cells.get(0).trim();
            if (id.matches(idPattern)) {
                assertThat(rows.put(id, new Row(cells))).as("row %s appears once", id).isNull();
            }
        }
        return rows;
    }

    @Test
    void shouldKeepEveryAuditRowFullWithItsPositiveAndNegativeTest() throws IOException {
        Map<String, Row> rows = rows("## Section 1", "[A-Z]{1,2}\\d+");
        List<String> problems = new ArrayList<>();

        assertThat(rows.keySet()).as("the audit's section 1 rows").containsExactlyInAnyOrderElementsOf(auditIds());
        rows.forEach((id, row) -> {
            if (row.cells().size() != 8) {
                problems.add(id + ": " + row.cells().size() + " columns instead of 8");
                return;
            }
            if (!row.cell(7).equals("full")) {
                problems.add(id + ": status '" + row.cell(7) + "' (only full is accepted)");
            }
            for (int column : new int[] {5, 6}) {
                String tests = row.cell(column);
                problems.addAll(missingTests(id, tests));
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldProveEachEncodedObligationBeyondTheTableAndNoteEachOneLeftOut() throws IOException {
        Map<String, Row> rows = rows("## Beyond the table", "B\\d+");
        List<String> problems = new ArrayList<>();

        assertThat(rows).isNotEmpty();
        rows.forEach((id, row) -> {
            String pack = row.cell(1);
            String article = row.cell(2);
            switch (row.cell(4)) {
                case "encoded" -> {
                    problems.addAll(missingTests(id, row.cell(6)));
                    problems.addAll(missingTests(id, row.cell(7)));
                }
                case "noted" -> {
                    Optional<Pack> newest = newest(pack);
                    if (newest.isEmpty()) {
                        problems.add(id + ": no built-in pack " + pack);
                    } else if (newest.get().notes().stream().noneMatch(n -> n.contains(article))) {
                        problems.add(id + ": no note of " + pack + " v" + newest.get().version() + " names " + article);
                    }
                }
                default -> problems.add(id + ": status '" + row.cell(4) + "' is not encoded or noted");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldReportATestThatDoesNotExist() {
        assertThat(missingTests("Z1", "`AuditRowGatesTest#noSuchMethod`")).singleElement().asString()
                .contains("has no method noSuchMethod");
        assertThat(missingTests("Z1", "`NoSuchTest#anything`")).singleElement().asString().contains("no test class");
        assertThat(missingTests("Z1", "none")).singleElement().asString().contains("names no test");
        assertThat(missingTests("Z1", "`FidelityTableTest#shouldReportATestThatDoesNotExist`")).isEmpty();
    }

    private static Optional<Pack> newest(String id) {
        return BuiltInPacks.FILES.stream().map(BuiltInPacks::load).filter(p -> p.id().equals(id))
                .max((a, b) -> Integer.compare(a.version(), b.version()));
    }

    /** Every {@code Class#method} of {@code cell} names a method of a test class; an empty cell is a problem. */
    static List<String> missingTests(String id, String cell) {
        List<String> problems = new ArrayList<>();
        Matcher m = REF.matcher(cell);
        int found = 0;
        while (m.find()) {
            found++;
            String className = m.group(1);
            String method = m.group(2);
            Optional<Class<?>> type = testClass(className);
            if (type.isEmpty()) {
                problems.add(id + ": no test class " + className);
            } else if (Arrays.stream(type.get().getDeclaredMethods()).noneMatch(x -> x.getName().equals(method))) {
                problems.add(id + ": " + className + " has no method " + method);
            }
        }
        if (found == 0) {
            problems.add(id + ": names no test (" + cell + ")");
        }
        return problems;
    }

    static Optional<Class<?>> testClass(String simpleName) {
        try (Stream<Path> files = Files.walk(TESTS)) {
            return files.filter(p -> p.getFileName().toString().equals(simpleName + ".java")).findFirst().map(p -> {
                String fqn = TESTS.relativize(p).toString().replace('/', '.').replaceAll("\\.java$", "");
                try {
                    return Class.forName(fqn);
                } catch (ClassNotFoundException e) {
                    return null;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
