package org.egov.itpm.compliance;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.util.Map;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** evaluateChange through the API, and pack administration: upload a new version, bind by date, re-bind. */
@QuarkusTest
class PolicyAdministrationTest {

    static final String EVALUATE = """
            query($in: ChangeInput!) { evaluateChange(input: $in) { outcome arithmetic citation { text }
              reasons { code citation { text } } } }""";

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static Map<String, Object> baotou(String removed, String added, String newContent, String savings) {
        return Map.of("in", Map.of("packId", "baotou-2024", "packVersion", 1, "approvedEstimate", "10000000.00",
                "removedAmount", removed, "addedAmount", added, "newContentAmount", newContent, "tenderSavings", savings,
                "reason", "TECHNICAL_OPTIMISATION"));
    }

    @Test
    void baotouRemovingSixteenPercentNeedsReApproval() {
        GraphQL.postAs(TestTokens.QUFU_LEAD, EVALUATE, baotou("1600000.00", "0", "0", "0"))
                .body("errors", nullValue())
                .body("data.evaluateChange.outcome", equalTo("RE_APPROVAL"))
                .body("data.evaluateChange.citation.text", equalTo("baotou-2024 art.21"))
                .body("data.evaluateChange.reasons.citation.text", hasItem("baotou-2024 art.21"));
    }

    @Test
    void baotouFourteenPercentWithSixPercentNewContentNeedsReApproval() {
        GraphQL.postAs(TestTokens.QUFU_LEAD, EVALUATE, baotou("1400000.00", "600000.00", "600000.00", "0"))
                .body("data.evaluateChange.outcome", equalTo("RE_APPROVAL"));
    }

    @Test
    void baotouTenderSavingsDoNotCount() {
        GraphQL.postAs(TestTokens.QUFU_LEAD, EVALUATE, baotou("1600000.00", "0", "0", "200000.00"))
                .body("data.evaluateChange.outcome", equalTo("FILING"));
    }

    @Test
    void negativeAmountsAreRejectedWithFieldErrors() {
        GraphQL.postAs(TestTokens.QUFU_LEAD, EVALUATE, baotou("-1", "0", "0", "0"))
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].extensions.details.fieldErrors.field", hasItem("removedAmount"));
    }

    @Test
    void malformedPackUploadListsEveryProblemAndStoresNothing() {
        GraphQL.postAs(TestTokens.ADMIN, "mutation($d: String!) { uploadPolicyPack(definition: $d) { id } }",
                        Map.of("d", "{\"id\": \"broken-2026\", \"version\": 0}"))
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].extensions.details.fieldErrors.code", hasItem("INVALID_PACK"));
        GraphQL.postAs(TestTokens.ADMIN, "{ policyPacks { id } }", Map.of())
                .body("data.policyPacks.id", not(hasItem("broken-2026")));
    }

    @Test
    void uploadedVersionTakesEffectFromItsDateAndAnAdminCanRebind() throws Exception {
        ObjectNode pack;
        try (InputStream in = getClass().getResourceAsStream("/policy/packs/baotou-2024.json")) {
            pack = (ObjectNode) new ObjectMapper().readTree(in);
        }
        // Version 3 (v2 is the built-in encoding correction, ADR 0013) from 2027-06-01, so Baotou stays EXPIRED between
        // the built-in versions and this one (other tests rely on that gap).
        pack.put("version", 3).put("effectiveFrom", "2027-06-01").put("effectiveTo", "2029-05-31");
        GraphQL.postAs(TestTokens.ADMIN, "mutation($d: String!) { uploadPolicyPack(definition: $d) { id version status } }",
                        Map.of("d", pack.toString()))
                .body("errors", nullValue())
                .body("data.uploadPolicyPack.version", equalTo(3))
                .body("data.uploadPolicyPack.status", equalTo("NOT_YET_EFFECTIVE"));
        GraphQL.postAs(TestTokens.ADMIN, "mutation($d: String!) { uploadPolicyPack(definition: $d) { id } }",
                Map.of("d", pack.toString())).body("errors[0].extensions.code", equalTo("PACK_VERSION_EXISTS"));

        TestClock.setShanghai("2027-06-02T10:00");
        Walk w = Walk.start(TestTokens.BT_STAFF, TestTokens.BT_AUTHORITY, "新版政策包下申报", "100.00", "CONSTRUCTION",
                "FISCAL").library();
        w.attest("MEETS_DIGITAL_GOVERNMENT_PLAN", "CLEAR_NEEDS_AND_SOUND_DESIGN", "MEETS_SHARING_AND_INTENSIVE_BUILD");
        w.apply();
        w.project("policyPackId policyPackVersion policyPackStatus")
                .body("data.project.policyPackVersion", equalTo(3))
                .body("data.project.policyPackStatus", equalTo("IN_FORCE"));

        GraphQL.postAs(TestTokens.ADMIN, """
                mutation($id: ID!) { rebindPolicyPack(projectId: $id, packId: "baotou-2024", version: 1,
                  reason: "按原办法评审") { policyPackVersion } }""", Map.of("id", w.projectId))
                .body("data.rebindPolicyPack.policyPackVersion", equalTo(1));
        GraphQL.postAs(TestTokens.ADMIN, "query($id: ID!) { project(id: $id) { policyPackStatus auditTrail { action } } }",
                        Map.of("id", w.projectId))
                .body("data.project.policyPackStatus", equalTo("EXPIRED"))
                .body("data.project.auditTrail.action", hasItems("REBIND_PACK", "STAGE"));
    }
}
