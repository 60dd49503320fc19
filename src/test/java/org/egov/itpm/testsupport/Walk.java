package org.egov.itpm.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks one project through the lifecycle over the public APIs, each step as the role that does it in real life:
 * the unit drafts and applies, the authority reviews and approves, experts sign. Steps fail the test on error
 * unless the caller asks for the raw response.
 */
public final class Walk {

    private final TestTokens.Person unit;
    private final TestTokens.Person authority;
    public final String projectId;

    private Walk(TestTokens.Person unit, TestTokens.Person authority, String projectId) {
        this.unit = unit;
        this.authority = authority;
        this.projectId = projectId;
    }

    /** A new DRAFT project of {@code unit}'s organisation; {@code authority} is any person of the same region. */
    public static Walk start(TestTokens.Person unit, TestTokens.Person authority, String name, String amount,
                             String kind, String funding) {
        String id = GraphQL.postAs(unit, """
                mutation($input: ProjectInput!) { createProject(input: $input) { id } }""",
                Map.of("input", Map.of("name", name, "kind", kind, "fundingSource", funding, "year", 2026,
                        "estimatedInvestment", amount))).body("errors", nullValue())
                .extract().path("data.createProject.id");
        return new Walk(unit, authority, id);
    }

    /**
     * A person of {@code role} in the unit's or the authority's organisation. A supervisor or evaluator sees only
     * what it is engaged on (issue #15), so its organisation is engaged on this project the first time it is asked for.
     */
    public TestTokens.Person as(String role) {
        TestTokens.Person like = role.startsWith("unit") ? unit : authority;
        TestTokens.Person person = new TestTokens.Person(like.username() + "-" + role, List.of(role), like.orgCode(),
                like.regionCode());
        if ((role.equals("supervisor") || role.equals("evaluator")) && engaged.add(role)) {
            engage(role.equals("supervisor") ? "SUPERVISION" : "EVALUATION", like.orgCode());
        }
        return person;
    }

    private final java.util.Set<String> engaged = new java.util.HashSet<>();

    /** The authority records an engagement of {@code kind} of the organisation from the project's first act. */
    public void engage(String kind, String orgCode) {
        TestTokens.Person recorder = new TestTokens.Person(authority.username() + "-authority-reviewer",
                List.of("authority-reviewer"), authority.orgCode(), authority.regionCode());
        String orgId = GraphQL.postAs(recorder, "{ organisations { id creditCode } }", Map.of()).extract().jsonPath()
                .param("c", orgCode).getString("data.organisations.find { it.creditCode == c }.id");
        List<String> days = GraphQL.postAs(recorder, "query($id: ID!) { project(id: $id) { history { effectiveOn } } }",
                Map.of("id", projectId)).extract().path("data.project.history.effectiveOn");
        String first = days.stream().min(String::compareTo).orElseThrow();
        ok(GraphQL.postAs(recorder, "mutation($id: ID!, $in: EngagementInput!) { recordEngagement(projectId: $id,"
                + " input: $in) { id } }", Map.of("id", projectId, "in", Map.of("kind", kind, "organisationId", orgId,
                "validFrom", first))));
    }

    /** Uploads a document of the unit's own (application or construction material) as unit staff. */
    public String upload(String documentType) {
        return tryUpload(as("unit-staff"), documentType).statusCode(201).extract().path("id");
    }

    /** Uploads a document as its issuer, e.g. an expert's EXPERT_OPINION or the evaluator's assessment report. */
    public Walk uploadAs(TestTokens.Person issuer, String... documentTypes) {
        for (String t : documentTypes) {
            tryUpload(issuer, t).statusCode(201);
        }
        return this;
    }

    /** The REST multipart upload as {@code who}, unchecked. */
    public ValidatableResponse tryUpload(TestTokens.Person who, String documentType) {
        return given().auth().oauth2(TestTokens.tokenFor(who))
                .multiPart("type", documentType)
                .multiPart("file", documentType.toLowerCase() + ".pdf", ("content of " + documentType)
                        .getBytes(StandardCharsets.UTF_8), "application/pdf")
                .when().post("/api/v1/projects/" + projectId + "/documents")
                .then();
    }

    /** Uploads a document of one contract (e.g. its CONTRACT_ACCEPTANCE_REPORT, Qufu art.34) over REST. */
    public String uploadFor(String contractId, String documentType) {
        return given().auth().oauth2(TestTokens.tokenFor(as("unit-staff")))
                .multiPart("type", documentType).multiPart("contractId", contractId)
                .multiPart("file", documentType.toLowerCase() + ".pdf", ("content of " + documentType + " for "
                        + contractId).getBytes(StandardCharsets.UTF_8), "application/pdf")
                .when().post("/api/v1/projects/" + projectId + "/documents")
                .then().statusCode(201).extract().path("id");
    }

    public Walk uploadAll(String... documentTypes) {
        for (String t : documentTypes) {
            upload(t);
        }
        return this;
    }

    public ValidatableResponse tryLibrary() {
        return mutation(as("unit-staff"), "submitToLibrary(projectId: $id) { stage }", Map.of());
    }

    public ValidatableResponse tryApply() {
        return mutation(as("unit-lead"), "applyProject(projectId: $id) { stage policyPackId }", Map.of());
    }

    public ValidatableResponse tryAdvance(String role, String to) {
        return tryAdvance(role, to, null);
    }

    /** advanceStage on the legal date {@code on} (null: the operation's default), unchecked. */
    public ValidatableResponse tryAdvance(String role, String to, String on) {
        return mutation(as(role), "advanceStage(projectId: $id, to: " + to + dated("on", on)
                + ", reason: \"test\") { stage }", Map.of());
    }

    public Walk library() {
        ok(tryLibrary());
        return this;
    }

    /** 入库 on {@code on} (null: today). */
    public Walk library(String on) {
        ok(mutation(as("unit-staff"), "submitToLibrary(projectId: $id" + dated("on", on) + ") { stage }", Map.of()));
        return this;
    }

    public Walk apply() {
        ok(tryApply());
        return this;
    }

    /** 申报 on {@code on} (null: today). */
    public Walk apply(String on) {
        ok(mutation(as("unit-lead"), "applyProject(projectId: $id" + dated("on", on) + ") { stage }", Map.of()));
        return this;
    }

    public Walk advance(String role, String to) {
        ok(tryAdvance(role, to));
        return this;
    }

    /** The move into {@code to} on the legal date {@code on} (null: the operation's default). */
    public Walk advance(String role, String to, String on) {
        ok(tryAdvance(role, to, on));
        return this;
    }

    /** Opens, signs (every panel expert approves) and concludes one review round. */
    public Walk passReview(String type, TestTokens.Person... experts) {
        return passReview(type, (String) null, experts);
    }

    /** As {@link #passReview(String, TestTokens.Person...)}, opened, signed and concluded on {@code on} (null: today). */
    public Walk passReview(String type, String on, TestTokens.Person... experts) {
        return passReview(type, on, false, experts);
    }

    /**
     * As {@link #passReview(String, String, TestTokens.Person...)}, each expert also uploading its signed
     * EXPERT_OPINION document while the round is open (Jianshan item 3): once concluded, the seat is read-only.
     */
    public Walk passReviewWithOpinionDocuments(String type, String on, TestTokens.Person... experts) {
        return passReview(type, on, true, experts);
    }

    private Walk passReview(String type, String on, boolean uploadOpinions, TestTokens.Person... experts) {
        List<String> panel = java.util.Arrays.stream(experts).map(TestTokens.Person::username).toList();
        String reviewId = ok(mutation(as("authority-reviewer"), "openReview(projectId: $id, type: " + type
                + ", panel: $panel, appointmentReason: \"专项评审指定专家\"" + dated("openedOn", on) + ") { id }", Map.of("panel", panel)))
                .extract().path("data.openReview.id");
        for (TestTokens.Person expert : experts) {
            ok(GraphQL.postAs(expert, "mutation($r: ID!) { addExpertOpinion(reviewId: $r, conclusion: APPROVE,"
                    + " text: \"同意\"" + dated("signedOn", on) + ") { id } }", Map.of("r", reviewId)));
            if (uploadOpinions) {
                uploadAs(expert, "EXPERT_OPINION");
            }
        }
        ok(GraphQL.postAs(as("authority-reviewer"), "mutation($r: ID!) { concludeReview(reviewId: $r, passed: true,"
                + " conclusion: \"通过\"" + dated("concludedOn", on) + ") { status } }", Map.of("r", reviewId)));
        return this;
    }

    public Walk approval(String role, String kind, String amount) {
        return approval(role, kind, amount, "2026-03-02");
    }

    public Walk approval(String role, String kind, String amount, String approvedOn) {
        Map<String, Object> input = new HashMap<>(Map.of("kind", kind, "documentNumber", kind + "〔2026〕1号",
                "approvedOn", approvedOn, "issuingBody", "审批机关"));
        if (amount != null) {
            input.put("approvedAmount", amount);
        }
        ok(mutation(as(role), "recordApproval(projectId: $id, input: $input) { id }", Map.of("input", input)));
        return this;
    }

    public Walk attest(String... attestations) {
        for (String a : attestations) {
            ok(mutation(as("authority-reviewer"), "attest(projectId: $id, attestation: " + a + ") { id }", Map.of()));
        }
        return this;
    }

    public ValidatableResponse tryExclusion(String ground) {
        return mutation(as("authority-reviewer"), "declareExclusionGround(projectId: $id, ground: " + ground
                + ") { id }", Map.of());
    }

    public Walk annualPlan(String role, int year, String amount) {
        ok(mutation(as(role), "addFundingEntry(projectId: $id, input: {year: " + year + ", kind: ANNUAL_PLAN,"
                + " amount: \"" + amount + "\"}) { id }", Map.of()));
        return this;
    }

    /** A QUFU project walked to APPROVED (需求评审, 技术评审, plans, 立项) with {@code amount} as estimate. */
    public static Walk qufuApproved(String name, String amount) {
        Walk w = start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, name, amount, "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD").library().apply();
        w.passReview("DEMAND_REVIEW", Experts.ZHANG).passReview("TECHNICAL_REVIEW", Experts.ZHANG, Experts.LI);
        w.uploadAll("CONSTRUCTION_PLAN", "CRYPTO_APPLICATION_PLAN", "FEASIBILITY_STUDY_REPORT");
        w.approval("authority-approver", "PROJECT_APPROVAL", amount);
        return w.advance("authority-approver", "APPROVED");
    }

    /**
     * A QUFU project walked to PROCUREMENT: {@link #qufuApproved}, funded (资金到位) and its responsibility letter
     * (责任书) signed and filed on 2026-03-02.
     */
    public static Walk qufuInProcurement(String name, String amount) {
        return qufuApproved(name, amount).advance("finance-officer", "FUNDED")
                .responsibilityLetter("2026-03-02", "2026-03-02").advance("unit-lead", "PROCUREMENT");
    }

    /**
     * A Baotou project walked to APPROVED through the art.11 chain, with {@code estimate} as approved estimate; the
     * 数据管理局 (authority-approver) approves (art.4, art.11).
     */
    public static Walk baotouApproved(String name, String estimate) {
        Walk w = start(TestTokens.BT_STAFF, TestTokens.BT_AUTHORITY, name, estimate, "CONSTRUCTION", "FISCAL").library();
        w.attest("MEETS_DIGITAL_GOVERNMENT_PLAN", "CLEAR_NEEDS_AND_SOUND_DESIGN", "MEETS_SHARING_AND_INTENSIVE_BUILD");
        w.apply().passReview("EXPERT_ARGUMENTATION", Experts.ZHOU);
        w.approval("authority-approver", "PROJECT_PROPOSAL", null, "2026-01-10");
        w.approval("authority-approver", "FEASIBILITY_STUDY", estimate, "2026-01-20");
        w.approval("authority-approver", "PRELIMINARY_DESIGN", estimate, "2026-02-01");
        w.approval("authority-approver", "BUDGET_ESTIMATE", estimate, "2026-02-01");
        w.annualPlan("ndrc-approver", 2026, estimate);
        return w.advance("authority-approver", "APPROVED");
    }

    /** A Jiangxi project walked to APPROVED (expert evaluation, 联合会审, NDRC approval). */
    public static Walk jiangxiApproved(String name, String amount) {
        Walk w = start(TestTokens.JX_STAFF, TestTokens.JX_AUTHORITY, name, amount, "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD", "CONSTRUCTION_PLAN").library().apply();
        w.passReview("EXPERT_ARGUMENTATION", Experts.CHEN, Experts.LIU).passReview("JOINT_REVIEW");
        w.approval("ndrc-approver", "PROJECT_APPROVAL", amount, "2026-03-02");
        return w.advance("ndrc-approver", "APPROVED");
    }

    /** A Jianshan project walked to APPROVED (signed expert argumentation, FSR, preliminary design, 区政府审定). */
    public static Walk jianshanApproved(String name, String amount) {
        Walk w = start(TestTokens.JS_STAFF, TestTokens.JS_AUTHORITY, name, amount, "CONSTRUCTION", "FISCAL").library().apply();
        w.passReviewWithOpinionDocuments("EXPERT_ARGUMENTATION", null, Experts.ZHAO);
        w.uploadAll("DATA_SHARING_CHAPTER", "INFORMATION_RESOURCE_CATALOGUE");
        w.approval("ndrc-approver", "FEASIBILITY_STUDY", amount, "2026-02-01");
        w.approval("ndrc-approver", "PRELIMINARY_DESIGN", amount, "2026-02-10");
        w.approval("authority-approver", "GOVERNMENT_ENDORSEMENT", null, "2026-02-20");
        return w.advance("authority-approver", "APPROVED");
    }

    /** A Wushan project below 30,000,000 walked to APPROVED (third-party assessment, FSR and estimate, art.9). */
    public static Walk wushanApproved(String name, String amount) {
        Walk w = start(TestTokens.WS_STAFF, TestTokens.WS_AUTHORITY, name, amount, "CONSTRUCTION", "FISCAL");
        w.uploadAll("INFORMATION_RESOURCE_CATALOGUE").library().apply();
        w.passReview("THIRD_PARTY_ASSESSMENT");
        w.uploadAs(w.as("evaluator"), "THIRD_PARTY_ASSESSMENT_REPORT");
        w.approval("ndrc-approver", "FEASIBILITY_STUDY", amount, "2026-02-01");
        w.approval("ndrc-approver", "BUDGET_ESTIMATE", amount, "2026-02-02");
        return w.advance("authority-approver", "APPROVED");
    }

    /** Files a construction report of {@code kind} (PROGRESS, PERFORMANCE, …) as the unit. */
    public Walk report(String kind, String fields) {
        run(kind.equals("SUPERVISION") ? "supervisor" : "unit-staff", "fileConstructionReport(projectId: $id, input:"
                + " {kind: " + kind + ", summary: \"" + kind + " 报告\"" + (fields.isEmpty() ? "" : ", " + fields)
                + "}) { id }");
        return this;
    }

    public ValidatableResponse trySelfEvaluate() {
        return tryRun("unit-staff", "recordSelfEvaluation(projectId: $id, summary: \"自评价\") { id onDate }");
    }

    /** Runs one mutation field (which may use {@code $id}, the project id) as {@code role}; the raw response. */
    public ValidatableResponse tryRun(String role, String field) {
        if (field.contains("$id")) {
            return mutation(as(role), field, Map.of());
        }
        return GraphQL.postAs(as(role), "mutation { " + field + " }", Map.of());
    }

    /** As {@link #tryRun} and fails the test on error. */
    public ValidatableResponse run(String role, String field) {
        return ok(tryRun(role, field));
    }

    /** 项目建设主体责任书 signed and filed (Qufu art.24). */
    public Walk responsibilityLetter(String signedOn, String filedOn) {
        run("unit-staff", "recordResponsibilityLetter(projectId: $id, signedOn: \"" + signedOn + "\", filedOn: \""
                + filedOn + "\") { filedOn }");
        return this;
    }

    public ValidatableResponse tryRegisterContract(String kind, String creditCode, String fields) {
        return tryRun("unit-staff", "registerContract(projectId: $id, input: {kind: " + kind + ", title: \"" + kind
                + " 合同\", supplierName: \"某某科技有限公司\", supplierCreditCode: \"" + creditCode + "\""
                + (fields.isEmpty() ? "" : ", " + fields) + "}) { id creditCodeCheckValid warnings }");
    }

    /** Registers a contract with a valid supplier code and returns its id. */
    public String registerContract(String kind, String fields) {
        return ok(tryRegisterContract(kind, "91350100M000100Y43", fields)).extract().path("data.registerContract.id");
    }

    public ValidatableResponse tryUpdateContract(String contractId, String fields) {
        return tryRun("unit-staff", "updateContract(contractId: \"" + contractId + "\", input: {" + fields
                + "}) { id signedOn filedOn }");
    }

    /** A SUPERVISION (监理) contract signed on {@code signedOn}. */
    public Walk supervisionContract(String signedOn) {
        registerContract("SUPERVISION", "awardNoticeOn: \"" + signedOn + "\", signedOn: \"" + signedOn
                + "\", amount: \"100000\"");
        return this;
    }

    public ValidatableResponse tryRequestChange(String fields) {
        return tryRun("unit-staff", "requestChange(projectId: $id, input: {description: \"调整\", " + fields
                + "}) { id seq outcome status arithmetic reasons { code citation { text } } approvedEstimate proposedTotal }");
    }

    /** The authority opens a CHANGE_REVIEW round of change {@code changeId} with {@code experts}; the raw response. */
    public ValidatableResponse tryOpenChangeReview(String changeId, TestTokens.Person... experts) {
        List<String> panel = java.util.Arrays.stream(experts).map(TestTokens.Person::username).toList();
        return mutation(as("authority-reviewer"), "openReview(projectId: $id, type: CHANGE_REVIEW, panel: $panel, appointmentReason: \"专项评审指定专家\","
                + " changeId: \"" + changeId + "\") { id round status changeRequestId }", Map.of("panel", panel));
    }

    /**
     * A CHANGE_REVIEW round of change {@code changeId}: opened, every expert signs {@code conclusion}, concluded
     * as {@code passed}; returns the round's id.
     */
    public String changeReview(String changeId, boolean passed, TestTokens.Person... experts) {
        String reviewId = ok(tryOpenChangeReview(changeId, experts)).extract().path("data.openReview.id");
        for (TestTokens.Person expert : experts) {
            ok(GraphQL.postAs(expert, "mutation($r: ID!) { addExpertOpinion(reviewId: $r, conclusion: "
                    + (passed ? "APPROVE" : "REJECT") + ", text: \"调整评审意见\") { id } }", Map.of("r", reviewId)));
        }
        ok(GraphQL.postAs(as("authority-reviewer"), "mutation($r: ID!) { concludeReview(reviewId: $r, passed: "
                + passed + ", conclusion: \"" + (passed ? "同意调整" : "不同意调整") + "\") { status } }",
                Map.of("r", reviewId)));
        return reviewId;
    }

    /** The re-approval of a RE_APPROVAL change: a passed CHANGE_REVIEW round, then {@code role} approves it. */
    public Walk reApproveChange(String changeId, String role, String documentNumber, TestTokens.Person... experts) {
        changeReview(changeId, true, experts);
        run(role, "decideChange(changeId: \"" + changeId + "\", approved: true, documentNumber: \"" + documentNumber
                + "\") { status }");
        return this;
    }

    /** Completion on {@code on} (null: today), then (for packs with a preliminary stage) nothing else: the caller continues. */
    public Walk complete(String on) {
        run("unit-staff", "recordCompletion(projectId: $id" + dated("completedOn", on) + ") { status }");
        return this;
    }

    /** 初验 passed on {@code on} (null: today), unchecked. */
    public ValidatableResponse tryPassPreliminary(String on) {
        return tryRun("unit-lead", "passPreliminaryAcceptance(projectId: $id" + dated("passedOn", on) + ") { status }");
    }

    public ValidatableResponse tryApplyForAcceptance() {
        return tryApplyForAcceptance(null);
    }

    /** 竣工验收申请 on {@code on} (null: today), unchecked. */
    public ValidatableResponse tryApplyForAcceptance(String on) {
        return tryRun("unit-staff", "applyForFinalAcceptance(projectId: $id" + dated("appliedOn", on) + ") { status }");
    }

    public ValidatableResponse tryConcludeAcceptance(boolean passed) {
        return tryConcludeAcceptance(passed, null);
    }

    /** The acceptance result concluded on {@code on} (null: today), unchecked. */
    public ValidatableResponse tryConcludeAcceptance(boolean passed, String on) {
        return tryRun("authority-approver", "concludeFinalAcceptance(projectId: $id, passed: " + passed
                + ", opinion: \"验收意见\"" + dated("onDate", on) + ") { status }");
    }

    public Walk check(String role, String check) {
        return check(role, check, null);
    }

    /** An authority's passed acceptance check dated {@code on} (null: today). */
    public Walk check(String role, String check, String on) {
        run(role, "confirmAcceptanceCheck(projectId: $id, check: " + check + ", passed: true" + dated("onDate", on)
                + ") { status }");
        return this;
    }

    public ValidatableResponse project(String selection) {
        return GraphQL.postAs(as("unit-staff"), "query($id: ID!) { project(id: $id) { " + selection + " } }",
                Map.of("id", projectId));
    }

    /** {@code , name: "on"} for a legal date given; nothing when {@code on} is null, so the act defaults to today. */
    public static String dated(String name, String on) {
        return on == null ? "" : ", " + name + ": \"" + on + "\"";
    }

    private ValidatableResponse mutation(TestTokens.Person who, String field, Map<String, Object> extra) {
        Map<String, Object> vars = new HashMap<>(extra);
        vars.put("id", projectId);
        String declared = "$id: ID!" + (vars.containsKey("panel") ? ", $panel: [String]" : "")
                + (vars.containsKey("input") ? ", $input: ApprovalInput!" : "");
        return GraphQL.postAs(who, "mutation(" + declared + ") { " + field + " }", vars);
    }

    private static ValidatableResponse ok(ValidatableResponse r) {
        return r.body("errors", nullValue());
    }
}
