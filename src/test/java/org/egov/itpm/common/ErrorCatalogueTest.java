package org.egov.itpm.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.egov.itpm.common.ErrorCode.Use;
import org.junit.jupiter.api.Test;

/**
 * The error catalogue (common/ErrorCode) is the one place of every code (ADR 0009): src/main uses no code it lacks,
 * in the place it is declared for (error, field, reason) and with the status of the exception that carries it; every
 * log call names its event (common/LogEvent); docs/errors.md's tables are generated from both
 * ({@code -Derrors.write=true} rewrites them, a normal run fails when they differ).
 */
class ErrorCatalogueTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir"));
    private static final Path MAIN = ROOT.resolve("src/main/java");
    private static final Path DOC = ROOT.resolve("docs/errors.md");

    private static final String CODE = "\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\"";
    /** One argument before the code: a name, a literal, a call with simple arguments, a concatenation. */
    private static final String ARG = "(?:[^,()\"]|\"[^\"]*\"|\\([^()]*\\))+";
    private static final String EITHER = "(?:[\\w.()!]+\\s*\\?\\s*)?" + CODE + "(?:\\s*:\\s*" + CODE + ")?";

    /** Where src/main passes a code, and what it is there. {@code null}: the code's use is not fixed by the place. */
    private static final List<Place> PLACES = List.of(
            new Place(null, 409, "new\\s+(?:[\\w.]+\\.)?ConflictException\\(\\s*" + EITHER),
            new Place(null, 403, "new\\s+(?:[\\w.]+\\.)?ForbiddenActionException\\(\\s*" + EITHER),
            new Place(null, 422, "new\\s+(?:[\\w.]+\\.)?RuleViolationException\\(\\s*" + EITHER),
            new Place(Use.ERROR, null, "new\\s+(?:[\\w.]+\\.)?\\w+Exception\\(\\s*" + EITHER),
            new Place(Use.ERROR, null, "\\bsuper\\(\\s*" + CODE),
            new Place(Use.FIELD, null, "InvalidInputException\\.of\\(\\s*" + ARG + ",\\s*" + CODE),
            new Place(Use.FIELD, null, "new\\s+FieldError\\(\\s*" + ARG + ",\\s*" + CODE),
            new Place(Use.FIELD, null, "new\\s+HolidayProblem\\(\\s*" + ARG + ",\\s*" + CODE),
            new Place(Use.FIELD, null, "\\b\\w*[Ee]rr(?:or)?\\(\\s*" + ARG + ",\\s*" + CODE),
            // ledger import problems: row.problem(column, CODE, …), problems.cell(sheet, row, column, CODE, …),
            // problems.file(CODE, …) and ZipGuard's {CODE, en, zh}
            new Place(Use.FIELD, null, "\\bproblem\\(\\s*" + ARG + ",\\s*" + CODE),
            new Place(Use.FIELD, null, "\\bproblems\\.cell\\(\\s*(?:" + ARG + ",\\s*){3}" + CODE),
            new Place(Use.FIELD, null, "\\bproblems\\.file\\(\\s*" + CODE),
            new Place(Use.FIELD, null, "new\\s+String\\[\\]\\s*\\{\\s*" + CODE),
            new Place(Use.FIELD, null, "\\brequire\\w*\\([^;]*?,\\s*" + CODE + "\\s*\\)"),
            new Place(Use.REASON, null, "new\\s+(?:Cited)?Reason\\(\\s*" + CODE),
            new Place(Use.REASON, null, "\\b(?:Reasons\\.)?cited\\(\\s*" + CODE),
            new Place(null, null, "\\b(?:reason|conflict|refuse|forbidden|violation|unavailable|missing)\\(\\s*(?:rc,\\s*)?"
                    + CODE),
            new Place(Use.ERROR, null, "\\b(?:send|build)\\((?:rc,\\s*)?\\d+,\\s*" + CODE),
            new Place(Use.ERROR, null, "(?:Map\\.of\\(|\\.put\\()\\s*\"code\",\\s*" + EITHER),
            new Place(Use.ERROR, null, "CodedExtensions\\.of\\(\\s*" + EITHER));

    record Place(Use use, Integer status, Pattern pattern) {
        Place(Use use, Integer status, String regex) {
            this(use, status, Pattern.compile(regex));
        }
    }

    record Found(String code, Place place, String file) {
    }

    @Test
    void sourceUsesOnlyCataloguedCodes() {
        List<Found> found = scan();
        assertThat(found).as("the scan finds the codes of src/main").hasSizeGreaterThan(200);
        TreeSet<String> missing = new TreeSet<>();
        found.stream().filter(f -> ErrorCode.find(f.code()).isEmpty()).forEach(f -> missing.add(f.code() + " (" + f.file() + ")"));
        assertThat(missing).as("codes used in src/main but missing from common/ErrorCode: add one line each")
                .isEmpty();
    }

    @Test
    void eachCodeIsUsedWhereAndWithTheStatusTheCatalogueDeclares() {
        List<String> wrong = new ArrayList<>();
        for (Found f : scan()) {
            ErrorCode c = ErrorCode.find(f.code()).orElse(null);
            if (c == null) {
                continue;
            }
            if (f.place().use() != null && !c.uses().contains(f.place().use())) {
                wrong.add(f.code() + " used as " + f.place().use() + " in " + f.file() + ", catalogued as " + c.uses());
            }
            if (f.place().status() != null && c.uses().contains(Use.ERROR) && c.status() != f.place().status()) {
                wrong.add(f.code() + " thrown with " + f.place().status() + " in " + f.file() + ", catalogued "
                        + c.status());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theCatalogueIsWellFormed() {
        for (ErrorCode c : ErrorCode.values()) {
            assertThat(c.title().en()).as(c.name()).isNotBlank().doesNotContainPattern("[\\u4e00-\\u9fff]");
            assertThat(c.title().zh()).as(c.name()).containsPattern("[\\u4e00-\\u9fff]");
            assertThat(c.status()).as(c.name()).isBetween(400, 599);
            assertThat(c.retryable()).as(c.name()).isEqualTo(c.status() == 503);
            if (c.uses().equals(java.util.Set.of(Use.FIELD))) {
                assertThat(c.status()).as(c.name() + ": a field code is part of a 400 INVALID_INPUT").isEqualTo(400);
            }
        }
        assertThat(ErrorCode.DATABASE_UNAVAILABLE.retryable()).isTrue();
        assertThat(ErrorCode.CONCURRENT_DUPLICATE.status()).isEqualTo(409);
        assertThat(ErrorCode.find("NO_SUCH_CODE")).isEmpty();
    }

    @Test
    void everyLogCallNamesItsEvent() throws IOException {
        Pattern call = Pattern.compile("\\bLOG\\.(?:log|trace|debug|info|warn|error|fatal)[fv]?\\(");
        List<String> uncoded = new ArrayList<>();
        for (Path file : javaFiles()) {
            String source = Files.readString(file);
            Matcher m = call.matcher(source);
            while (m.find()) {
                String statement = source.substring(m.start(), endOfCall(source, m.end()));
                if (!statement.contains("LogEvent.")) {
                    uncoded.add(MAIN.relativize(file) + ": " + statement.lines().findFirst().orElse(""));
                }
            }
        }
        assertThat(uncoded).as("log calls without a LogEvent code (common/LogEvent)").isEmpty();
        assertThat(Arrays.stream(LogEvent.values()).map(LogEvent::code).distinct().count())
                .isEqualTo(LogEvent.values().length);
    }

    /** The index after the parenthesis closing the call opened just before {@code from}, strings skipped. */
    private static int endOfCall(String source, int from) {
        int depth = 1;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                for (i++; i < source.length() && source.charAt(i) != '"'; i++) {
                    i += source.charAt(i) == '\\' ? 1 : 0;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return source.length();
    }

    @Test
    void docsAreGeneratedFromTheCatalogue() throws IOException {
        String doc = Files.readString(DOC);
        String expected = replace(replace(doc, "catalogue", catalogueTables()), "log-events", logEventTable());
        if (Boolean.getBoolean("errors.write")) {
            Files.writeString(DOC, expected);
        }
        assertThat(doc).as("docs/errors.md is generated from common/ErrorCode and common/LogEvent; run"
                + " ./mvnw -B -o test -Dtest=ErrorCatalogueTest -Derrors.write=true").isEqualTo(expected);
    }

    static String catalogueTables() {
        StringBuilder out = new StringBuilder();
        out.append("### Errors: `code` of a problem+json answer, `extensions.code` of a GraphQL error\n\n")
                .append("| code | HTTP | retryable | title (en) | title (zh) |\n|---|---|---|---|---|\n");
        Arrays.stream(ErrorCode.values()).filter(c -> c.uses().contains(Use.ERROR))
                .sorted(java.util.Comparator.comparingInt(ErrorCode::status))
                .forEach(c -> out.append("| `").append(c.name()).append("` | ").append(c.status()).append(" | ")
                        .append(c.retryable() ? "yes" : "").append(" | ").append(c.title().en()).append(" | ")
                        .append(c.title().zh()).append(" |\n"));
        out.append("\n### Field codes: `errors[].code` (REST) and `extensions.details.fieldErrors[].code` (GraphQL) of"
                + " a 400 `INVALID_INPUT`\n\n| code | title (en) | title (zh) |\n|---|---|---|\n");
        Arrays.stream(ErrorCode.values()).filter(c -> c.uses().contains(Use.FIELD))
                .forEach(c -> row(out, c));
        out.append("\n### Reason codes: `reasons[].code` (REST) and `extensions.details.reasons[].code` (GraphQL),"
                + " each with its pack and article\n\n| code | title (en) | title (zh) |\n|---|---|---|\n");
        Arrays.stream(ErrorCode.values()).filter(c -> c.uses().contains(Use.REASON))
                .forEach(c -> row(out, c));
        return out.toString();
    }

    private static void row(StringBuilder out, ErrorCode c) {
        out.append("| `").append(c.name()).append("` | ").append(c.title().en()).append(" | ").append(c.title().zh())
                .append(" |\n");
    }

    static String logEventTable() {
        StringBuilder out = new StringBuilder("| event | level | meaning |\n|---|---|---|\n");
        for (LogEvent e : LogEvent.values()) {
            out.append("| `").append(e).append("` | ").append(e.level()).append(" | ").append(e.meaning())
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String replace(String doc, String name, String content) {
        String begin = "<!-- BEGIN GENERATED " + name + " (ErrorCatalogueTest; edit common/ErrorCode or common/LogEvent,"
                + " then -Derrors.write=true) -->\n";
        String end = "<!-- END GENERATED " + name + " -->";
        int from = doc.indexOf(begin);
        int to = doc.indexOf(end);
        assertThat(from).as("docs/errors.md has the marker " + begin.strip()).isNotNegative();
        assertThat(to).as("docs/errors.md has the marker " + end).isGreaterThan(from);
        return doc.substring(0, from + begin.length()) + content + doc.substring(to);
    }

    static List<Found> scan() {
        List<Found> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            String source;
            try {
                source = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Place place : PLACES) {
                Matcher m = place.pattern().matcher(source);
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null) {
                            found.add(new Found(m.group(g), place, MAIN.relativize(file).toString()));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
