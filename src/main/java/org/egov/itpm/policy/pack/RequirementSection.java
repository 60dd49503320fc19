package org.egov.itpm.policy.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.policy.Attestation;
import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.policy.ExclusionGround;
import org.egov.itpm.policy.ReviewType;
import org.egov.itpm.policy.Stage;

/**
 * Parses a requirement section ({@code requirements}, {@code acceptanceDocuments}, {@code omFundingConditions}) into
 * one {@link Requirement} record per kind, its {@code anyOf} typed by the kind's vocabulary.
 */
final class RequirementSection {

    private final JsonFields f;

    private RequirementSection(JsonFields f) {
        this.f = f;
    }

    /** What every requirement has besides its alternatives and its own parameters. */
    private record Common(String code, Stage gate, Condition when, Citation cite) {
    }

    static List<Requirement> parse(JsonFields f, PackSections sections, JsonNode root, String name, boolean required) {
        RequirementSection section = new RequirementSection(f);
        List<Requirement> result = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int i = 0;
        for (JsonNode node : f.array(root, name, "$", required)) {
            String path = "$." + name + "[" + i++ + "]";
            String code = sections.uniqueCode(node, path, codes);
            Stage gate = f.enumValue(node, "gate", path, Stage.class, true);
            RequirementKind kind = f.enumValue(node, "kind", path, RequirementKind.class, true);
            List<String> anyOf = f.strings(node, "anyOf", path, true);
            Common common = new Common(code, gate, sections.condition(node, path), sections.citation(node, "cite", path, true));
            Requirement requirement = kind == null ? null : section.requirement(kind, anyOf, node, path, common);
            if (requirement != null && gate != null) {
                result.add(requirement);
            }
        }
        return result;
    }

    /** The requirement, or null when a value or parameter is missing or wrong (a problem is then recorded). */
    private Requirement requirement(RequirementKind kind, List<String> anyOf, JsonNode node, String path, Common c) {
        boolean ordered = kind == RequirementKind.REVIEW || kind == RequirementKind.APPROVAL;
        DatedStep after = ordered ? after(kind, node, path) : null;
        if (!ordered) {
            refuse(node, "after", path, "ordering is only possible between dated reviews and approvals");
        }
        if (kind != RequirementKind.FACT) {
            refuse(node, "months", path, "only a FACT requirement with TRIAL_RUN_MONTHS takes months");
        }
        return switch (kind) {
            case REVIEW -> {
                List<ReviewType> types = values(anyOf, path, ReviewType.class);
                yield types == null || afterInvalid(node, after) ? null
                        : new Requirement.ReviewPassed(c.code, c.gate, types, after, c.when, c.cite);
            }
            case APPROVAL -> {
                List<ApprovalKind> kinds = values(anyOf, path, ApprovalKind.class);
                yield kinds == null || afterInvalid(node, after) ? null
                        : new Requirement.ApprovalOnRecord(c.code, c.gate, kinds, after, c.when, c.cite);
            }
            case DOCUMENT -> {
                List<DocumentType> documents = values(anyOf, path, DocumentType.class);
                yield documents == null ? null : new Requirement.DocumentPresent(c.code, c.gate, documents, c.when, c.cite);
            }
            case ATTESTATION -> {
                List<Attestation> attestations = values(anyOf, path, Attestation.class);
                yield attestations == null ? null
                        : new Requirement.AttestationConfirmed(c.code, c.gate, attestations, c.when, c.cite);
            }
            case EXCLUSION -> {
                List<ExclusionGround> grounds = values(anyOf, path, ExclusionGround.class);
                yield grounds == null ? null : new Requirement.NotExcluded(c.code, c.gate, grounds, c.when, c.cite);
            }
            case FACT -> facts(anyOf, node, path, c);
            case CONTRACT_DOCUMENT -> {
                List<DocumentType> documents = values(anyOf, path, DocumentType.class);
                yield documents == null ? null
                        : new Requirement.DocumentPerContract(c.code, c.gate, documents, c.when, c.cite);
            }
        };
    }

    private Requirement facts(List<String> anyOf, JsonNode node, String path, Common c) {
        List<FactCheck> checks = values(anyOf, path, FactCheck.class);
        Integer months = f.integer(node, "months", path, false, 1);
        boolean trialRun = checks != null && checks.contains(FactCheck.TRIAL_RUN_MONTHS);
        if (trialRun && months == null && node.get("months") == null) {
            f.problem(path + ".months", "is required for TRIAL_RUN_MONTHS");
        } else if (!trialRun && months != null) {
            f.problem(path + ".months", "only TRIAL_RUN_MONTHS takes months");
        }
        if (checks == null || trialRun && months == null) {
            return null;
        }
        List<Fact> facts = checks.stream().map(check -> check == FactCheck.TRIAL_RUN_MONTHS
                ? new Fact.TrialRunLasted(months) : (Fact) new Fact.Recorded(check)).toList();
        return new Requirement.FactHolds(c.code, c.gate, facts, c.when, c.cite);
    }

    /** {@code after}: a value of the requirement's own vocabulary, or {@code REVIEW:X} / {@code APPROVAL:X}. */
    private DatedStep after(RequirementKind own, JsonNode node, String path) {
        String after = f.text(node, "after", path, false);
        if (after == null) {
            return null;
        }
        int colon = after.indexOf(':');
        String kindName = colon < 0 ? own.name() : after.substring(0, colon);
        String value = after.substring(colon + 1);
        if (kindName.equals(RequirementKind.REVIEW.name())) {
            ReviewType type = f.constant(value, path + ".after", ReviewType.class);
            return type == null ? null : new DatedStep.Review(type);
        }
        if (kindName.equals(RequirementKind.APPROVAL.name())) {
            ApprovalKind kind = f.constant(value, path + ".after", ApprovalKind.class);
            return kind == null ? null : new DatedStep.Approval(kind);
        }
        f.problem(path + ".after", "ordering is only possible between dated reviews and approvals, got '" + after + "'");
        return null;
    }

    /** Whether the JSON has an {@code after} that did not parse (its problem is recorded). */
    private static boolean afterInvalid(JsonNode node, DatedStep after) {
        JsonNode raw = node.get("after");
        return after == null && raw != null && !raw.isNull();
    }

    private void refuse(JsonNode node, String name, String path, String why) {
        JsonNode raw = node.get(name);
        if (raw != null && !raw.isNull()) {
            f.problem(path + "." + name, why + ", got " + raw);
        }
    }

    /** The values typed, or null when one is not a constant of the vocabulary (a problem per bad value). */
    private <E extends Enum<E>> List<E> values(List<String> anyOf, String path, Class<E> vocabulary) {
        List<E> values = new ArrayList<>();
        for (int i = 0; i < anyOf.size(); i++) {
            values.add(f.constant(anyOf.get(i), path + ".anyOf[" + i + "]", vocabulary));
        }
        return values.contains(null) || values.isEmpty() ? null : values;
    }
}
