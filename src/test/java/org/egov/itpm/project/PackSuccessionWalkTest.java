package org.egov.itpm.project;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Baotou's trial measures expired on 2026-11-30 (baotou-2024 art.29). The transitional rule (docs/policy-packs.md
 * "Succession"): a bound project goes on under the expired pack, with a finding that names the situation; a new
 * application is refused until an administrator publishes a successor or an extension; once one is in force, the
 * administrator re-binds the open projects, with the reason kept in their binding history.
 */
@QuarkusTest
class PackSuccessionWalkTest {

    static final String FINDINGS = "data.project.currentFindings";

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /**
     * baotou-2024 as version 4 from 2029-06-01: PolicyAdministrationTest publishes v3 for 2027-06-01 to 2029-05-31 and
     * other tests rely on Baotou having no pack in force from 2026-12-01 to 2027-05-31, so the extension starts after.
     */
    static String extension() throws Exception {
        try (InputStream in = PackSuccessionWalkTest.class.getResourceAsStream("/policy/packs/baotou-2024.json")) {
            ObjectNode pack = (ObjectNode) new ObjectMapper().readTree(in);
            return pack.put("version", 4).put("effectiveFrom", "2029-06-01").put("effectiveTo", "2031-05-31").toString();
        }
    }

    @Test
    void aBoundBaotouProjectGoesOnUnderTheExpiredPackUntilAnExtensionIsPublishedAndItIsRebound() throws Exception {
        Walk bound = Walk.baotouApproved("包头市过渡期项目", "3000000.00");

        TestClock.setShanghai("2026-12-02T09:00");
        bound.advance("finance-officer", "FUNDED").advance("unit-lead", "PROCUREMENT");
        // The expired pack still judges the project's acts: art.19 still asks for supervision from 2,000,000.
        bound.tryAdvance("unit-lead", "CONSTRUCTION")
                .body("errors[0].extensions.code", equalTo("STAGE_TRANSITION_NOT_ALLOWED"))
                .body("errors[0].extensions.details.reasons.citation", hasItem("baotou-2024 art.19"));
        bound.project("policyPackStatus currentFindings { code citation { text } } auditTrail { action details }")
                .body("data.project.policyPackStatus", equalTo("EXPIRED"))
                .body("data.project.auditTrail.findAll { it.action == 'STAGE' }.last().details",
                        containsString("EXPIRED"))
                .body(FINDINGS + ".find { it.code == 'PACK_EXPIRED_NO_SUCCESSOR' }.citation.text",
                        equalTo("baotou-2024 art.29"));

        Walk fresh = Walk.start(TestTokens.BT_STAFF, TestTokens.BT_AUTHORITY, "包头市空窗期申报", "100000.00",
                "CONSTRUCTION", "FISCAL").library();
        fresh.attest("MEETS_DIGITAL_GOVERNMENT_PLAN", "CLEAR_NEEDS_AND_SOUND_DESIGN", "MEETS_SHARING_AND_INTENSIVE_BUILD");
        fresh.tryApply().body("errors[0].extensions.code", equalTo("POLICY_PACK_NOT_IN_FORCE"))
                .body("errors[0].extensions.details.reasons[0].code", equalTo("PACK_EXPIRED_NO_SUCCESSOR"))
                .body("errors[0].extensions.details.reasons[0].citation", equalTo("baotou-2024 art.29"))
                .body("errors[0].extensions.messages.en", containsString("successor or an extension"));

        // Baotou extends its trial: an administrator publishes the extension the day it takes effect.
        TestClock.setShanghai("2029-06-01T09:00");
        GraphQL.postAs(TestTokens.ADMIN, "mutation($d: String!) { uploadPolicyPack(definition: $d) { version status } }",
                        Map.of("d", extension()))
                .body("errors", nullValue())
                .body("data.uploadPolicyPack.status", equalTo("IN_FORCE"));
        bound.project("currentFindings { code facts { name value } } findings { code resolvedAt }")
                .body(FINDINGS + ".code", not(hasItem("PACK_EXPIRED_NO_SUCCESSOR")))
                .body(FINDINGS + ".find { it.code == 'PACK_SUCCESSOR_AVAILABLE' }.facts.find {"
                        + " it.name == 'successorVersion' }.value", equalTo("4"))
                .body("data.project.findings.find { it.code == 'PACK_SUCCESSOR_AVAILABLE' }.resolvedAt", nullValue())
                .body("data.project.findings.find { it.code == 'PACK_EXPIRED_NO_SUCCESSOR' }.resolvedAt",
                        not(nullValue()));

        fresh.apply();
        fresh.project("policyPackId policyPackVersion packBindings { packVersion kind }")
                .body("data.project.policyPackVersion", equalTo(4))
                .body("data.project.packBindings.kind", equalTo(List.of("APPLIED")));

        GraphQL.postAs(TestTokens.ADMIN, """
                        mutation { rebindProjects(fromPackId: "baotou-2024", fromVersion: 2, toPackId: "baotou-2024",
                          toVersion: 4, reason: "包头市延长试行期（延期版本第4版）") { id policyPackVersion } }""", Map.of())
                .body("errors", nullValue())
                .body("data.rebindProjects.id", hasItem(bound.projectId))
                .body("data.rebindProjects.policyPackVersion", not(hasItem(2)));
        bound.project("policyPackVersion policyPackStatus currentFindings { code }"
                        + " packBindings { packId packVersion kind boundOn boundBy reason }"
                        + " findings { code resolvedAt } auditTrail { action }")
                .body("data.project.policyPackVersion", equalTo(4))
                .body("data.project.policyPackStatus", equalTo("IN_FORCE"))
                .body(FINDINGS + ".code", not(hasItem("PACK_SUCCESSOR_AVAILABLE")))
                .body("data.project.findings.find { it.code == 'PACK_SUCCESSOR_AVAILABLE' }.resolvedAt",
                        not(nullValue()))
                .body("data.project.packBindings.packVersion", equalTo(List.of(2, 4)))
                .body("data.project.packBindings.kind", equalTo(List.of("APPLIED", "REBOUND")))
                .body("data.project.packBindings[1].boundOn", equalTo("2029-06-01"))
                .body("data.project.packBindings[1].boundBy", equalTo("admin"))
                .body("data.project.packBindings[1].reason", containsString("延长试行期"))
                .body("data.project.auditTrail.action", hasItem("REBIND_PACK"));
    }

    @Test
    void reBindingRefusesAPackOfAnotherJurisdictionAndNeedsAReason() {
        Walk w = Walk.baotouApproved("包头市跨辖区绑定", "1000000.00");
        GraphQL.postAs(TestTokens.ADMIN, """
                        mutation($id: ID!) { rebindPolicyPack(projectId: $id, packId: "qufu-2024", version: 1,
                          reason: "错误的办法") { policyPackId } }""", Map.of("id", w.projectId))
                .body("errors[0].extensions.details.fieldErrors.code", hasItem("PACK_OUTSIDE_JURISDICTION"));
        GraphQL.postAs(TestTokens.ADMIN, """
                        mutation { rebindProjects(fromPackId: "baotou-2024", fromVersion: 1, toPackId: "jiangxi-2024",
                          toVersion: 1, reason: "r") { id } }""", Map.of())
                .body("errors[0].extensions.details.fieldErrors.code", hasItem("PACK_OUTSIDE_JURISDICTION"));
        GraphQL.postAs(TestTokens.ADMIN, """
                        mutation($id: ID!) { rebindPolicyPack(projectId: $id, packId: "baotou-2024", version: 1,
                          reason: " ") { policyPackId } }""", Map.of("id", w.projectId))
                .body("errors[0].extensions.details.fieldErrors.code", hasItem("REQUIRED"));
        w.project("policyPackId packBindings { kind }")
                .body("data.project.policyPackId", equalTo("baotou-2024"))
                .body("data.project.packBindings.kind", equalTo(List.of("APPLIED")));
    }
}
