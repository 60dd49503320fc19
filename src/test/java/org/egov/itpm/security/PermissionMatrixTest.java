package org.egov.itpm.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.egov.itpm.platform.graphql.compiled.BothPaths;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call what: one row per GraphQL operation and REST endpoint, asserted for every realm role. New
 * operations are discovered from the served schema and OpenAPI document, so an operation without a row fails.
 * Allowed roles may still get NOT_FOUND or INVALID_INPUT (random ids); denied roles must get FORBIDDEN.
 */
@QuarkusTest
class PermissionMatrixTest {

    static final String U = "unit-staff", L = "unit-lead", AR = "authority-reviewer", AA = "authority-approver",
            N = "ndrc-approver", F = "finance-officer", AU = "auditor", S = "security-officer", E = "expert",
            SV = "supervisor", EV = "evaluator", P = "platform", AD = "admin";
    static final Set<String> PEOPLE = Set.of(U, L, AR, AA, N, F, AU, S, E, SV, EV, AD);
    static final String ID = UUID.randomUUID().toString();

    /** A GraphQL operation: its document and who may call it. */
    record Row(String operation, String document, Set<String> allowed) {
    }

    static final List<Row> GRAPHQL = List.of(
            q("project", "{ project(id: \"" + ID + "\") { id } }", PEOPLE),
            q("projects", "{ projects(first: 1) { edges { cursor } } }", PEOPLE),
            q("ledgerJob", "{ ledgerJob(id: \"" + ID + "\") { id } }", PEOPLE),
            m("restartLedgerJob", "restartLedgerJob(id: \"" + ID + "\") { id }", PEOPLE),
            m("startLedgerExport", "startLedgerExport(filter: {regionCode: \"x\"}) { id }", PEOPLE),
            m("startDossierExport", "startDossierExport(projectId: \"" + ID + "\") { id }", PEOPLE),
            m("startAuditTrailExport", "startAuditTrailExport(projectId: \"" + ID + "\") { id }",
                    Set.of(U, L, AR, AA, N, F, AU, S, AD)),
            m("startLedgerImport", "startLedgerImport(contentBase64: \"!\", dryRun: true) { id }",
                    Set.of(U, L, AR, AA, N, F)),
            q("organisations", "{ organisations { id } }", PEOPLE),
            q("regions", "{ regions { code } }", PEOPLE),
            q("experts", "{ experts(projectId: \"" + ID + "\") { username } }", Set.of(AR, AA, AD)),
            q("findings", "{ findings { id } }", PEOPLE),
            q("statistics", "{ statistics { total { count } } }", PEOPLE),
            q("notifications", "{ notifications(first: 1) { edges { cursor } } }", PEOPLE),
            q("unreadNotificationCount", "{ unreadNotificationCount }", PEOPLE),
            q("notificationPreferences", "{ notificationPreferences { kind } }", PEOPLE),
            m("markNotificationsRead", "markNotificationsRead(ids: [\"" + ID + "\"])", PEOPLE),
            m("markAllNotificationsRead", "markAllNotificationsRead", PEOPLE),
            m("setNotificationPreference", "setNotificationPreference(kind: DEADLINE_APPROACHING, channels: [EMAIL])"
                    + " { kind }", PEOPLE),
            q("policyPacks", "{ policyPacks { id } }", union(PEOPLE, Set.of(P))),
            q("calendarStatus", "{ calendarStatus { nextYear } }", Set.of(AD, AU, N, AA)),
            q("evaluateChange", "{ evaluateChange(input: {packId: \"baotou-2024\", packVersion: 1,"
                    + " approvedEstimate: \"100\"}) { outcome } }", Set.of(U, L, AR, AA, N, F, AU, SV, AD)),
            m("createProject", "createProject(input: {name: \"x\"}) { id }", Set.of(U, L)),
            m("updateProject", "updateProject(id: \"" + ID + "\", input: {}) { id }", Set.of(U, L)),
            m("submitToLibrary", "submitToLibrary(projectId: \"" + ID + "\") { id }", Set.of(U, L)),
            m("applyProject", "applyProject(projectId: \"" + ID + "\") { id }", Set.of(L)),
            m("advanceStage", "advanceStage(projectId: \"" + ID + "\", to: FUNDED) { id }", Set.of(L, AA, N, F)),
            m("correctStageDate", "correctStageDate(projectId: \"" + ID + "\", transitionId: \"" + ID
                    + "\", on: \"2026-01-01\", reason: \"r\") { id }", Set.of(U, L, AR, AA, N, F)),
            m("suspendProject", "suspendProject(projectId: \"" + ID + "\", reason: \"r\") { id }", Set.of(L, AA)),
            m("resumeProject", "resumeProject(projectId: \"" + ID + "\", reason: \"r\") { id }", Set.of(L, AA)),
            m("terminateProject", "terminateProject(projectId: \"" + ID + "\", reason: \"r\") { id }", Set.of(AA)),
            m("withdrawProject", "withdrawProject(projectId: \"" + ID + "\", reason: \"r\") { id }", Set.of(L)),
            m("rejectProject", "rejectProject(projectId: \"" + ID + "\", reason: \"r\") { id }", Set.of(AR, AA)),
            m("rebindPolicyPack", "rebindPolicyPack(projectId: \"" + ID + "\", packId: \"qufu-2024\", version: 1,"
                    + " reason: \"r\") { id }", Set.of(AD)),
            m("openReview", "openReview(projectId: \"" + ID + "\", type: DEMAND_REVIEW) { id }", Set.of(AR)),
            m("addExpertOpinion", "addExpertOpinion(reviewId: \"" + ID + "\", conclusion: APPROVE, text: \"t\") { id }",
                    Set.of(E)),
            m("concludeReview", "concludeReview(reviewId: \"" + ID + "\", passed: true, conclusion: \"c\") { id }",
                    Set.of(AR)),
            m("resubmitReview", "resubmitReview(reviewId: \"" + ID + "\") { id }", Set.of(U, L)),
            m("drawExpertPanel", "drawExpertPanel(reviewId: \"" + ID + "\", fields: [SOFTWARE]) { id }", Set.of(AR)),
            m("acceptPanelSeat", "acceptPanelSeat(reviewId: \"" + ID + "\") { id }", Set.of(E)),
            m("declinePanelSeat", "declinePanelSeat(reviewId: \"" + ID + "\", reason: \"r\") { id }", Set.of(E)),
            m("declareConflictOfInterest", "declareConflictOfInterest(projectId: \"" + ID + "\", reason: \"r\")"
                    + " { expert }", Set.of(E)),
            q("replayPanelDraw", "{ replayPanelDraw(drawId: \"" + ID + "\") { matches } }", Set.of(AR, AA, AU, AD)),
            m("recordApproval", "recordApproval(projectId: \"" + ID + "\", input: {kind: FILING, documentNumber: \"n\","
                    + " approvedOn: \"2026-01-01\", issuingBody: \"b\"}) { id }", Set.of(AA, N)),
            m("attest", "attest(projectId: \"" + ID + "\", attestation: DATA_SHARED) { id }", Set.of(AR, AA, N, S)),
            m("declareExclusionGround", "declareExclusionGround(projectId: \"" + ID + "\", ground: IDLE_SYSTEM) { id }",
                    Set.of(AR, AA)),
            m("recordPlatformFiling", "recordPlatformFiling(projectId: \"" + ID + "\", filing: PROGRESS) { id }",
                    Set.of(U, L)),
            m("addFundingEntry", "addFundingEntry(projectId: \"" + ID + "\", input: {year: 2026, kind: BUDGET,"
                    + " amount: \"1\"}) { id }", Set.of(N, F)),
            m("uploadPolicyPack", "uploadPolicyPack(definition: \"{}\") { id }", Set.of(AD)),
            m("rebindProjects", "rebindProjects(fromPackId: \"qufu-2024\", fromVersion: 1, toPackId: \"qufu-2024\","
                    + " toVersion: 1, reason: \"r\") { id }", Set.of(AD)),
            m("uploadHolidayYear", "uploadHolidayYear(year: 2099, definition: \"{}\") { nextYear }", Set.of(AD)),
            m("recordResponsibilityLetter", "recordResponsibilityLetter(projectId: \"" + ID + "\", signedOn: \"2026-01-01\","
                    + " filedOn: \"2026-01-01\") { filedOn }", Set.of(U, L)),
            m("registerContract", "registerContract(projectId: \"" + ID + "\", input: {kind: CONSTRUCTION}) { id }",
                    Set.of(U, L)),
            m("updateContract", "updateContract(contractId: \"" + ID + "\", input: {}) { id }", Set.of(U, L)),
            m("fileConstructionReport", "fileConstructionReport(projectId: \"" + ID + "\", input: {kind: PROGRESS,"
                    + " summary: \"s\"}) { id }", Set.of(U, L, SV)),
            m("linkMaintainedSystem", "linkMaintainedSystem(omProjectId: \"" + ID + "\", systemProjectId: \"" + ID
                    + "\") { id }", Set.of(U, L)),
            m("unlinkMaintainedSystem", "unlinkMaintainedSystem(omProjectId: \"" + ID + "\", systemProjectId: \"" + ID
                    + "\") { id }", Set.of(U, L)),
            m("recordOmBudgetProposal", "recordOmBudgetProposal(projectId: \"" + ID + "\", sentOn: \"2026-01-01\")"
                    + " { year }", Set.of(AR, AA, N)),
            m("recordFinalSettlement", "recordFinalSettlement(projectId: \"" + ID + "\", input: {settledOn:"
                    + " \"2026-01-01\", amount: \"1\", documentNumber: \"n\"}) { surplus }", Set.of(U, L)),
            m("recordSurplusReturn", "recordSurplusReturn(projectId: \"" + ID + "\", input: {returnedOn:"
                    + " \"2026-01-01\", amount: \"1\", returnedTo: \"t\"}) { surplus }", Set.of(U, L)),
            m("requestChange", "requestChange(projectId: \"" + ID + "\", input: {description: \"d\", reason: OTHER}) { id }",
                    Set.of(U, L)),
            m("fileChange", "fileChange(changeId: \"" + ID + "\") { id }", Set.of(U, L)),
            m("decideChange", "decideChange(changeId: \"" + ID + "\", approved: false) { id }", Set.of(AA, N)),
            m("recordCompletion", "recordCompletion(projectId: \"" + ID + "\") { status }", Set.of(U, L)),
            m("passPreliminaryAcceptance", "passPreliminaryAcceptance(projectId: \"" + ID + "\") { status }", Set.of(L)),
            m("confirmAcceptanceCheck", "confirmAcceptanceCheck(projectId: \"" + ID + "\", check: CRYPTO_CONFIRMATION,"
                    + " passed: true) { status }", Set.of(AR, AA, S)),
            m("applyForFinalAcceptance", "applyForFinalAcceptance(projectId: \"" + ID + "\") { status }", Set.of(U, L)),
            m("requestAcceptanceExtension", "requestAcceptanceExtension(projectId: \"" + ID + "\", reason: \"r\") { status }",
                    Set.of(U, L)),
            m("concludeFinalAcceptance", "concludeFinalAcceptance(projectId: \"" + ID + "\", passed: true, opinion: \"o\")"
                    + " { status }", Set.of(AA)),
            m("submitRectificationPlan", "submitRectificationPlan(projectId: \"" + ID + "\", plan: \"p\") { status }",
                    Set.of(U, L)),
            m("fileAcceptanceOpinion", "fileAcceptanceOpinion(projectId: \"" + ID + "\") { status }", Set.of(U, L)),
            m("uploadDocument", "uploadDocument(projectId: \"" + ID + "\", type: OTHER, fileName: \"a.pdf\","
                    + " contentBase64: \"YQ==\") { id }", Set.of(U, L, AR, AA, N, F, S, E, SV, EV)),
            m("recordSelfEvaluation", "recordSelfEvaluation(projectId: \"" + ID + "\", summary: \"s\") { id }", Set.of(U, L)),
            m("recordPostEvaluation", "recordPostEvaluation(projectId: \"" + ID + "\", score: \"80\", conclusion: GOOD,"
                    + " evaluator: \"e\", summary: \"s\") { id }", Set.of(EV)),
            q("rectificationOrders", "{ rectificationOrders { id } }", Set.of(U, L, AR, AA, N, F, AU, S, AD)),
            m("issueRectificationOrder", "issueRectificationOrder(projectId: \"" + ID + "\", input: {text: \"t\","
                    + " article: \"art.41\", dueOn: \"2026-12-31\"}) { id }", Set.of(AR, AA, N, F, AU, S)),
            m("raiseFinding", "raiseFinding(projectId: \"" + ID + "\", input: {text: \"t\", article: \"art.41\"}) { id }",
                    Set.of(AR, AA, N, F, AU, S)),
            m("reportRectification", "reportRectification(orderId: \"" + ID + "\", text: \"t\") { id }", Set.of(U, L)),
            m("acceptRectification", "acceptRectification(orderId: \"" + ID + "\") { id }", Set.of(AR, AA, N, F, AU, S)),
            m("rejectRectification", "rejectRectification(orderId: \"" + ID + "\", text: \"t\", newDueOn: \"2026-12-31\")"
                    + " { id }", Set.of(AR, AA, N, F, AU, S)),
            m("escalateRectification", "escalateRectification(orderId: \"" + ID + "\", measure: \"TERMINATE\") { id }",
                    Set.of(AA, N, F)),
            m("liftEscalation", "liftEscalation(escalationId: \"" + ID + "\", text: \"t\") { id }", Set.of(AA, N, F)),
            m("decommissionProject", "decommissionProject(projectId: \"" + ID + "\", kind: SHUT_DOWN, reason: \"r\") { id }",
                    Set.of(AA)),
            q("engagements", "{ engagements(projectId: \"" + ID + "\") { kind } }", PEOPLE),
            q("myEngagements", "{ myEngagements { kind } }", Set.of(E, SV, EV)),
            m("recordEngagement", "recordEngagement(projectId: \"" + ID + "\", input: {kind: SUPERVISION, username:"
                    + " \"supervisor\", validFrom: \"2026-01-01\"}) { id }", Set.of(U, L, AR, AA, N)),
            m("endEngagement", "endEngagement(id: \"" + ID + "\") { id }", Set.of(U, L, AR, AA, N)),
            m("setParticipant", "setParticipant(projectId: \"" + ID + "\", organisationId: \"" + ID + "\") { status }",
                    Set.of(U, L)),
            m("approveParticipant", "approveParticipant(projectId: \"" + ID + "\", organisationId: \"" + ID + "\")"
                    + " { status }", Set.of(U, L, AR, AA)));

    /** A REST endpoint: method, path (with a random id), who may call it, and a JSON body to send (or null). */
    record RestRow(String method, String openApiPath, String path, Set<String> allowed, String jsonBody) {
        RestRow(String method, String openApiPath, String path, Set<String> allowed) {
            this(method, openApiPath, path, allowed, null);
        }
    }

    static final List<RestRow> REST = List.of(
            new RestRow("POST", "/api/v1/projects/{projectId}/documents", "/api/v1/projects/" + ID + "/documents",
                    Set.of(U, L, AR, AA, N, F, S, E, SV, EV)),
            new RestRow("GET", "/api/v1/documents/{id}/content", "/api/v1/documents/" + ID + "/content", PEOPLE),
            new RestRow("GET", "/api/v1/ledger/jobs/{id}/result", "/api/v1/ledger/jobs/" + ID
                    + "/result?expires=1&signature=0", PEOPLE),
            new RestRow("GET", "/api/v1/ledger/templates/{packId}", "/api/v1/ledger/templates/nope",
                    Set.of(U, L, AR, AA, N, F, AD)),
            new RestRow("GET", "/api/platform/v1/projects", "/api/platform/v1/projects?limit=1", Set.of(P, AD)),
            new RestRow("GET", "/api/platform/v1/projects/{code}", "/api/platform/v1/projects/nope", Set.of(P, AD)),
            new RestRow("PUT", "/api/platform/v1/projects/{localCode}/national-code",
                    "/api/platform/v1/projects/nope/national-code", Set.of(P), "{\"projectCode\": \"x\"}"),
            new RestRow("PUT", "/api/platform/v1/approval-results/{approvalItemId}",
                    "/api/platform/v1/approval-results/matrix-1", Set.of(P), "{\"PROJECT_CODE\": \"nope\"}"),
            new RestRow("POST", "/api/platform/v1/subscriptions", "/api/platform/v1/subscriptions", Set.of(AD),
                    "{\"regionCode\": \"x\"}"),
            new RestRow("GET", "/api/platform/v1/subscriptions", "/api/platform/v1/subscriptions", Set.of(AD)),
            new RestRow("DELETE", "/api/platform/v1/subscriptions/{id}", "/api/platform/v1/subscriptions/" + ID,
                    Set.of(AD)),
            new RestRow("GET", "/api/platform/v1/deliveries", "/api/platform/v1/deliveries", Set.of(AD)),
            new RestRow("POST", "/api/platform/v1/deliveries/{id}/redrive",
                    "/api/platform/v1/deliveries/" + ID + "/redrive", Set.of(AD)));

    @Test
    void everyGraphQLOperationHasARow() {
        Set<String> served = new TreeSet<>(operationsOf("queryType"));
        served.addAll(operationsOf("mutationType"));
        Set<String> rows = GRAPHQL.stream().map(Row::operation).collect(Collectors.toCollection(TreeSet::new));
        assertThat(rows).as("permission matrix rows vs served GraphQL operations; add a row for each new operation")
                .isEqualTo(served);
    }

    /** Subscriptions run over WebSocket (ProjectEventsSubscriptionTest covers their auth); listed so new ones fail. */
    static final Set<String> SUBSCRIPTIONS = Set.of("projectEvents", "notificationAdded",
            "ledgerJobProgress");

    @Test
    void everySubscriptionIsKnown() {
        assertThat(new TreeSet<>(operationsOf("subscriptionType"))).isEqualTo(new TreeSet<>(SUBSCRIPTIONS));
    }

    @Test
    void everyRestEndpointHasARow() {
        JsonPath openapi = given().accept("application/json").get("/q/openapi").then().extract().jsonPath();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        Set<String> served = new TreeSet<>();
        paths.forEach((path, ops) -> ops.keySet().forEach(m -> served.add(m.toUpperCase() + " " + path)));
        Set<String> rows = REST.stream().map(r -> r.method() + " " + r.openApiPath())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(rows).as("permission matrix rows vs served REST endpoints; add a row for each new endpoint")
                .isEqualTo(served);
    }

    static Stream<Arguments> graphqlCases() {
        List<Arguments> cases = new ArrayList<>();
        for (Row row : GRAPHQL) {
            for (String role : Roles.ALL) {
                cases.add(Arguments.of(row.operation(), role, row.allowed().contains(role), row.document()));
            }
        }
        return cases.stream();
    }

    /** Rows the compiled read path (ADR 0016) serves to an allowed caller; the others fall back or are mutations. */
    static final Set<String> COMPILED = Set.of("projects", "organisations", "regions", "findings",
            "rectificationOrders");

    @ParameterizedTest(name = "{0} as {1} allowed={2}")
    @MethodSource("graphqlCases")
    void graphqlOperationRespectsTheMatrix(String operation, String role, boolean allowed, String document) {
        boolean compiled = BothPaths.servedCompiled(() -> respectsTheMatrix(operation, role, allowed, document));
        assertThat(compiled).as(operation + " as " + role + " served by the compiled path")
                .isEqualTo(allowed && COMPILED.contains(operation));
    }

    /** The read queries of the matrix once more with the compiled path off: both paths pass it (issue #19). */
    @ParameterizedTest(name = "{0} as {1} allowed={2} (resolver path)")
    @MethodSource("readQueryCases")
    void readQueryRespectsTheMatrixOnTheResolverPath(String operation, String role, boolean allowed,
                                                     String document) {
        BothPaths.onResolverPath(() -> respectsTheMatrix(operation, role, allowed, document));
    }

    static Stream<Arguments> readQueryCases() {
        return graphqlCases().filter(c -> !((String) c.get()[3]).startsWith("mutation"));
    }

    private static void respectsTheMatrix(String operation, String role, boolean allowed, String document) {
        String code = GraphQL.postAs(token(role), document, Map.of()).extract().path("errors[0].extensions.code");
        if (allowed) {
            assertThat(code).as(operation + " as " + role).isNotIn("FORBIDDEN", "UNAUTHENTICATED");
        } else {
            assertThat(code).as(operation + " as " + role).isEqualTo("FORBIDDEN");
        }
    }

    static Stream<Arguments> restCases() {
        List<Arguments> cases = new ArrayList<>();
        for (RestRow row : REST) {
            for (String role : Roles.ALL) {
                cases.add(Arguments.of(row.method() + " " + row.openApiPath(), role, row.allowed().contains(role), row));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} allowed={2}")
    @MethodSource("restCases")
    void restEndpointRespectsTheMatrix(String endpoint, String role, boolean allowed, RestRow row) {
        var request = withBody(given().auth().oauth2(token(role)), row);
        int status = request.request(row.method(), row.path()).then().extract().statusCode();
        if (allowed) {
            assertThat(status).as(endpoint + " as " + role).isNotIn(401, 403);
        } else {
            assertThat(status).as(endpoint + " as " + role).isEqualTo(403);
        }
    }

    @Test
    void everyOperationRefusesAnonymousCallers() {
        for (Row row : GRAPHQL) {
            int status = GraphQL.post(row.document()).extract().statusCode();
            assertThat(status).as(row.operation() + " without a token").isEqualTo(401);
        }
        for (RestRow row : REST) {
            var request = withBody(given(), row);
            assertThat(request.request(row.method(), row.path()).then().extract().statusCode())
                    .as(row.method() + " " + row.path() + " without a token").isEqualTo(401);
        }
    }

    private static io.restassured.specification.RequestSpecification withBody(
            io.restassured.specification.RequestSpecification request, RestRow row) {
        if (row.jsonBody() != null) {
            return request.contentType("application/json").body(row.jsonBody());
        }
        if (row.path().endsWith("/documents")) {
            return request.multiPart("type", "OTHER").multiPart("file", "a.txt", new byte[] {1}, "text/plain");
        }
        return request;
    }

    // One root type per request: graphql-java refuses introspection that repeats __Type.fields.
    private static List<String> operationsOf(String rootType) {
        return GraphQL.postAs(TestTokens.ADMIN, "{ __schema { " + rootType + " { fields { name } } } }", Map.of())
                .extract().jsonPath().getList("data.__schema." + rootType + ".fields.name", String.class);
    }

    private static String token(String role) {
        return TestTokens.token("matrix-" + role, List.of(role), TestTokens.QUFU_STAFF.orgCode(), "370881");
    }

    private static Row q(String name, String document, Set<String> allowed) {
        return new Row(name, document, allowed);
    }

    private static Row m(String name, String field, Set<String> allowed) {
        return new Row(name, "mutation { " + field + " }", allowed);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }
}
