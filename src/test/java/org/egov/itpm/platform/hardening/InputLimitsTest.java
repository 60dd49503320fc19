package org.egov.itpm.platform.hardening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.egov.itpm.common.TextLimits;
import org.egov.itpm.platform.exchange.Exchange;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue #14 "unbounded sizes": every text input has a maximum length and every list a maximum size, shown in the
 * contracts and enforced before anything is written (TOO_LONG / TOO_MANY_ITEMS naming the field), with the
 * database's check constraints as the backstop (V90).
 */
@QuarkusTest
class InputLimitsTest {

    private static final String CREATE = """
            mutation($input: ProjectInput!) { createProject(input: $input) { id name } }""";

    @Inject
    AgroalDataSource db;

    /** The reproduction: a 24 MB description was stored and slowed the region's list queries. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void a24MegabyteDescriptionIsRefusedNamingTheFieldAndNothingIsStored() throws SQLException {
        String name = "超长描述测试 " + UUID.randomUUID();
        GraphQL.postAs(TestTokens.QUFU_STAFF, CREATE, Map.of("input", project(name, "描".repeat(8_000_000))))
                .body("data.createProject", nullValue())
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].extensions.status", equalTo(400))
                .body("errors[0].extensions.details.fieldErrors[0].field", equalTo("input.description"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("TOO_LONG"))
                .body("errors[0].extensions.messages.zh", notNullValue());
        assertThat(projectsNamed(name)).isZero();
    }

    @Test
    void aDescriptionAtTheLimitIsStoredOneCharacterMoreIsNot() throws SQLException {
        String atLimit = "项".repeat(TextLimits.LONG_TEXT);
        String name = "描述上限 " + UUID.randomUUID();
        GraphQL.postAs(TestTokens.QUFU_STAFF, CREATE, Map.of("input", project(name, atLimit)))
                .body("errors", nullValue()).body("data.createProject.name", equalTo(name));
        String over = "描述超限 " + UUID.randomUUID();
        GraphQL.postAs(TestTokens.QUFU_STAFF, CREATE, Map.of("input", project(over, atLimit + "x")))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("TOO_LONG"));
        assertThat(projectsNamed(over)).isZero();
    }

    @Test
    void aTooLongArgumentIsRefusedBeforeTheResolverRuns() {
        String reason = "r".repeat(TextLimits.REASON + 1);
        GraphQL.postAs(TestTokens.QUFU_STAFF, """
                mutation($id: ID!, $r: String!) { withdrawProject(projectId: $id, reason: $r) { id } }""",
                Map.of("id", UUID.randomUUID().toString(), "r", reason))
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].extensions.details.fieldErrors[0].field", equalTo("reason"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("TOO_LONG"));
    }

    @Test
    void aTooLongLiteralInTheQueryIsRefusedToo() {
        GraphQL.postAs(TestTokens.QUFU_STAFF, "{ projects(first: 1, filter: {nameContains: \"%s\"}) { totalCount } }"
                        .formatted("名".repeat(TextLimits.NAME + 1)), Map.of())
                .body("errors[0].extensions.details.fieldErrors[0].field", equalTo("filter.nameContains"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("TOO_LONG"));
    }

    @Test
    void markNotificationsReadTakesAtMostAHundredIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i <= TextLimits.ITEMS; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        GraphQL.postAs(TestTokens.QUFU_STAFF, "mutation($ids: [String!]!) { markNotificationsRead(ids: $ids) }",
                        Map.of("ids", ids))
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].extensions.details.fieldErrors[0].field", equalTo("ids"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("TOO_MANY_ITEMS"));
        GraphQL.postAs(TestTokens.QUFU_STAFF, "mutation($ids: [String!]!) { markNotificationsRead(ids: $ids) }",
                Map.of("ids", ids.subList(0, TextLimits.ITEMS))).body("errors", nullValue())
                .body("data.markNotificationsRead", equalTo(0));
    }

    @Test
    void aListFilterAndTheTextsInsideAListAreBoundedToo() {
        GraphQL.postAs(TestTokens.QUFU_STAFF, "query($s: [Stage]) { projects(first: 1, filter: {stages: $s}) { totalCount } }",
                        Map.of("s", Collections.nCopies(TextLimits.ITEMS + 1, "DRAFT")))
                .body("errors[0].extensions.details.fieldErrors[0].field", equalTo("filter.stages"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("TOO_MANY_ITEMS"));
        GraphQL.postAs(TestTokens.QUFU_REVIEWER, """
                        mutation($id: ID!, $p: [String]) { openReview(projectId: $id, type: TECHNICAL_REVIEW, panel: $p) { id } }""",
                        Map.of("id", UUID.randomUUID().toString(), "p", List.of("expert-zhang", "x".repeat(5000))))
                .body("errors[0].extensions.details.fieldErrors[0].field", equalTo("panel[1]"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("TOO_LONG"));
    }

    @Test
    void aPushWithAnOverLongFieldIsRefusedNamingItsJsonName() {
        String item = "LEN-" + Exchange.serial5();
        Map<String, Object> body = Exchange.approved(item, "2026-370881-65-01-0" + Exchange.serial5(), "曲发改〔2026〕9号");
        body.put("DEPT_NAME", "部".repeat(TextLimits.NAME + 1));
        given().auth().oauth2(Exchange.SHANDONG).contentType(ContentType.JSON).body(body)
                .when().put("/api/platform/v1/approval-results/" + item).then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_INPUT"))
                .body("errors.field", hasItem("DEPT_NAME"))
                .body("errors.code", hasItem("TOO_LONG"));
    }

    @Test
    void anOverLongQueryParameterIsRefusedNamingIt() {
        given().auth().oauth2(Exchange.SHANDONG).queryParam("after", "c".repeat(TextLimits.CURSOR + 1))
                .when().get("/api/platform/v1/projects").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_INPUT"))
                .body("errors[0].field", equalTo("after"))
                .body("errors[0].code", equalTo("TOO_LONG"));
    }

    @Test
    void theDatabaseRefusesAnOverLongTextEvenIfTheServiceDidNot() throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("update project set description = ? where id = ?")) {
            String id = Exchange.project(TestTokens.QUFU_STAFF, "库约束测试 " + UUID.randomUUID())[0];
            s.setString(1, "d".repeat(TextLimits.LONG_TEXT + 1));
            s.setObject(2, UUID.fromString(id));
            assertThatThrownBy(s::executeUpdate).isInstanceOf(SQLException.class)
                    .hasMessageContaining("project_description_len");
        }
    }

    /** Every text and list argument and input field of the GraphQL contract shows its limit. */
    @Test
    void everyTextAndListInputOfTheGraphQLContractHasAMaximum() throws Exception {
        String sdl = java.nio.file.Files.readString(java.nio.file.Path.of("schema/itpm.graphql"));
        String withoutDescriptions = sdl.replaceAll("\"\"\"[\\s\\S]*?\"\"\"", "").replaceAll("\"(?:[^\"\\\\\\n]|\\\\.)*\"", "");
        List<String> unbounded = new ArrayList<>();
        Matcher block = Pattern.compile("^(type|input) (\\w+)[^{]*\\{([\\s\\S]*?)^}", Pattern.MULTILINE)
                .matcher(withoutDescriptions);
        while (block.find()) {
            if (block.group(1).equals("input")) {
                collect(block.group(2), block.group(3), unbounded);
            } else {
                Matcher field = Pattern.compile("^  (\\w+)\\(([\\s\\S]*?)\\)\\s*:", Pattern.MULTILINE).matcher(block.group(3));
                while (field.find()) {
                    collect(block.group(2) + "." + field.group(1), field.group(2), unbounded);
                }
            }
        }
        assertThat(unbounded).as("String or list inputs without @constraint(maxLength: N)").isEmpty();
        assertThat(sdl).doesNotContain("@rolesAllowed");
    }

    private static void collect(String owner, String declarations, List<String> unbounded) {
        Matcher d = Pattern.compile("(\\w+)\\s*:\\s*([\\w\\[\\]!]+)(\\s*=\\s*[^,\\n@]+)?([^,\\n]*)").matcher(declarations);
        while (d.find()) {
            boolean text = d.group(2).replaceAll("[\\[\\]!]", "").equals("String");
            boolean list = d.group(2).startsWith("[");
            if ((text || list) && !d.group(4).contains("maxLength")) {
                unbounded.add(owner + "." + d.group(1));
            }
        }
    }

    @Test
    void theOpenApiContractShowsTheLimitsOfPushesAndParameters() throws Exception {
        String openapi = java.nio.file.Files.readString(java.nio.file.Path.of("schema/openapi.yaml"));
        assertThat(openapi).contains("maxLength: " + TextLimits.CURSOR).contains("maxLength: " + TextLimits.URL)
                .contains("maxLength: " + TextLimits.NAME);
    }

    private static Map<String, Object> project(String name, String description) {
        return Map.of("name", name, "description", description, "kind", "CONSTRUCTION", "fundingSource", "FISCAL",
                "year", 2026, "estimatedInvestment", "1000000.00");
    }

    private int projectsNamed(String name) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from project where name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
