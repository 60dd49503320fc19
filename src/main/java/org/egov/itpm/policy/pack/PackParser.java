package org.egov.itpm.policy.pack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** Reads and validates a pack document; see docs/policy-packs.md for the format. */
public final class PackParser {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern PACK_ID = Pattern.compile("[a-z][a-z0-9-]*-\\d{4}");
    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");

    private PackParser() {
    }

    /** The pack, or a {@link PackFormatException} listing every problem (path + message). */
    public static Pack parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new PackFormatException(List.of(new PackProblem("$", "not valid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr())));
        }
        if (root == null || !root.isObject()) {
            throw new PackFormatException(List.of(new PackProblem("$", "must be a JSON object")));
        }
        JsonFields f = new JsonFields();
        String id = f.text(root, "id", "$", true);
        if (id != null && !PACK_ID.matcher(id).matches()) {
            f.problem("$.id", "must look like 'qufu-2024' (lower-case name, dash, year)");
        }
        Integer version = f.integer(root, "version", "$", true, 1);
        PackSections sections = new PackSections(f, id == null ? "?" : id);
        Jurisdiction jurisdiction = jurisdiction(f, sections, root);
        LocalDate from = f.date(root, "effectiveFrom", "$", true);
        LocalDate to = f.date(root, "effectiveTo", "$", false);
        if (from != null && to != null && to.isBefore(from)) {
            f.problem("$.effectiveTo", "must not be before effectiveFrom " + from);
        }
        Pack pack = new Pack(id, version == null ? 0 : version, jurisdiction,
                f.text(root, "issuingDocument", "$", false), f.date(root, "issuedOn", "$", false), from, to,
                sections.citation(root, "effectCite", "$", true),
                RequirementSection.parse(f, sections, root, "requirements", true),
                RequirementSection.parse(f, sections, root, "acceptanceDocuments", false),
                RequirementSection.parse(f, sections, root, "omFundingConditions", false),
                DeadlineSection.parse(f, sections, root), CheckSection.parse(f, sections, root), sections.change(root),
                f.strings(root, "notes", "$", false), ReviewPanelSection.parse(f, sections, root),
                ApprovalIssuerSection.parse(f, sections, root), EscalationSection.measures(f, sections, root),
                EscalationSection.articles(f, root));
        if (!f.problems().isEmpty()) {
            throw new PackFormatException(f.problems());
        }
        return pack;
    }

    private static Jurisdiction jurisdiction(JsonFields f, PackSections sections, JsonNode root) {
        JsonNode node = f.object(root, "jurisdiction", "$", true);
        if (node == null) {
            return null;
        }
        String name = f.text(node, "name", "$.jurisdiction", true);
        String code = f.text(node, "regionCode", "$.jurisdiction", true);
        if (code != null && !REGION_CODE.matcher(code).matches()) {
            f.problem("$.jurisdiction.regionCode", "must be a six-digit GB/T 2260 code, got '" + code + "'");
        }
        JurisdictionScope scope = f.enumValue(node, "scope", "$.jurisdiction", JurisdictionScope.class, false);
        Citation scopeCite = sections.citation(node, "scopeCite", "$.jurisdiction", false);
        if (scope == JurisdictionScope.OWN_LEVEL_ONLY && scopeCite == null) {
            f.problem("$.jurisdiction.scopeCite", "is required when scope is OWN_LEVEL_ONLY (the article that says so)");
        }
        return new Jurisdiction(name, code, scope, scopeCite);
    }
}
