package org.egov.itpm.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.egov.itpm.pack.PolicyPackView.PolicyRuleView;
import org.egov.itpm.policy.pack.BuiltInPacks;
import org.egov.itpm.policy.pack.Pack;
import org.junit.jupiter.api.Test;

/**
 * The "Rules per pack" tables of docs/policy-packs.md are generated from the packs, through the same typed
 * parameters policyPacks serves. Regenerate with {@code -Ddocs.write=true} after changing a pack.
 */
class PolicyPackDocsTest {

    private static final Path DOC = Path.of("docs/policy-packs.md");
    private static final String SECTION = "## Rules per pack\n";

    @Test
    void shouldMatchTheRuleTablesGeneratedFromThePacks() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int at = doc.indexOf(SECTION);
        assertThat(at).as("docs/policy-packs.md has a '## Rules per pack' section").isPositive();
        String generated = generate();
        if (Boolean.getBoolean("docs.write")) {
            Files.writeString(DOC, doc.substring(0, at) + generated, StandardCharsets.UTF_8);
            return;
        }
        assertThat(doc.substring(at)).as("regenerate with -Ddocs.write=true").isEqualTo(generated);
    }

    static String generate() {
        StringBuilder out = new StringBuilder(SECTION).append("""

                Generated from the pack files by PolicyPackDocsTest (`-Ddocs.write=true`), one table per pack: its newest
                built-in version (earlier versions are in their own files, see "Versions of the built-in packs"); the
                JSON is the source of truth, and `policyPacks { rules { parameters } }` serves the same parameters as data.

                In code every rule kind is a record of a sealed type in `policy.pack` carrying exactly its own
                parameters: `Requirement` (one record per requirement `kind`, for gates, acceptance documents and
                O&M conditions), `DeadlineRule` (per deadline `type`), `CheckRule` (per check `type`) and
                `ChangeRule` (per change `mode`). A requirement's `anyOf` is typed by its kind's vocabulary
                (`ReviewPassed` holds ReviewTypes, `ApprovalOnRecord` ApprovalKinds, `DocumentPresent` and
                `DocumentPerContract` DocumentTypes, `AttestationConfirmed` Attestations, `NotExcluded`
                ExclusionGrounds); only reviews and approvals carry `after`, a `DatedStep` (a review or an
                approval, so `REVIEW:X` orders an approval after a review); `FactHolds` lists `Fact`s, itself a
                sealed family where only the trial run (`TrialRunLasted`) carries `months`. A constant outside the
                vocabulary, or `after`/`months` on a kind that has no such parameter, is a format problem with its
                path. Evaluators dispatch through each type's `Cases` interface, so adding a kind is a record, its
                JSON name in `RequirementKind`/`DeadlineType`/`CheckType`/`ChangeMode`, a case in
                `RequirementSection`/`DeadlineSection`/`CheckSection`/`PackSections`, and the method the compiler
                then asks every `Cases` implementation for (for requirements: `RequirementEvaluator` and the
                acceptance checklist). Each record lists its parameters (`RuleParameter`: name as in the JSON,
                kind, canonical value, unit); a rule's `when` condition adds `when.*` parameters.
                """);
        for (Pack pack : newestVersions()) {
            PolicyPackView view = PolicyPackView.of(pack, LocalDate.of(2026, 1, 1));
            out.append("\n### `").append(pack.id()).append("` v").append(pack.version()).append(" — ")
                    .append(view.jurisdiction()).append(" (").append(view.regionCode()).append(")\n\n")
                    .append(pack.issuingDocument() == null ? "no document number in the seed" : pack.issuingDocument())
                    .append("; issued ").append(pack.issuedOn()).append("; in force ").append(pack.effectiveFrom())
                    .append(" to ").append(pack.effectiveTo() == null ? "open" : pack.effectiveTo().toString())
                    .append(" (").append(pack.effectCite().article()).append(").\n\n")
                    .append("| category | code | type | parameters | severity | article |\n|---|---|---|---|---|---|\n");
            for (PolicyRuleView rule : view.rules()) {
                out.append("| ").append(rule.category()).append(" | ").append(rule.code()).append(" | ")
                        .append(rule.type()).append(" | ").append(parameters(rule)).append(" | ")
                        .append(rule.severity() == null ? "" : rule.severity().name()).append(" | ")
                        .append(rule.citation().article()).append(" |\n");
            }
            for (String note : pack.notes()) {
                out.append("\n- ").append(note).append('\n');
            }
        }
        return out.toString();
    }

    /** One table per pack id: its newest built-in version (earlier versions stay in their files, ADR 0013). */
    private static java.util.Collection<Pack> newestVersions() {
        java.util.Map<String, Pack> newest = new java.util.LinkedHashMap<>();
        for (String file : BuiltInPacks.FILES) {
            Pack pack = BuiltInPacks.load(file);
            newest.merge(pack.id(), pack, (a, b) -> a.version() >= b.version() ? a : b);
        }
        return newest.values();
    }

    private static String parameters(PolicyRuleView rule) {
        return rule.parameters().stream().map(p -> p.name() + ": " + switch (p.kind()) {
            case LIST -> String.join(" \\| ", p.values());
            case AMOUNT -> p.value() + " CNY";
            case PERCENT -> p.value() + "%";
            case WORKING_DAYS -> p.value() + " working days";
            case MONTHS -> p.value() + " months";
            case YEARS -> p.value() + " years";
            default -> p.value();
        }).collect(Collectors.joining("; "));
    }
}
