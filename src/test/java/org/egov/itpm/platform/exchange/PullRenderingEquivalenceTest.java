package org.egov.itpm.platform.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.egov.itpm.platform.exchange.pull.ExchangePage;
import org.egov.itpm.platform.exchange.pull.ExchangeProjectRow;
import org.egov.itpm.project.ProjectExchange;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pull's pages, whose rows PostgreSQL writes as JSON, are byte for byte what Jackson writes for the records
 * (ExchangePage of ExchangeProjectRow, the rendering the pull had before and {@code GET /projects/{code}} still has),
 * over names that need escaping, null and set codes and dates, the smallest and largest amounts, approved estimates,
 * withdrawn projects and timestamps with no, milli-, micro- and nanosecond fractions; and a page is one statement.
 */
@QuarkusTest
class PullRenderingEquivalenceTest {

    private static final String SINCE = "2031-04-01T00:00:00Z";

    @Inject
    ObjectMapper json;

    @Inject
    EntityManagerFactory emf;

    @Inject
    ProjectExchange exchange;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void shouldWriteEveryPageAsJacksonWritesTheRecords() throws Exception {
        seedVariedProjects();
        TestClock.setShanghai("2031-04-01T11:00"); // past the settle lag
        for (int limit : new int[] {1, 2, 100}) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            do {
                cursor = assertPageAsJackson(Exchange.SHANDONG, SINCE, cursor, limit, seen);
            } while (cursor != null);
            assertThat(seen).as("pages of " + limit).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates();
        }
        String seeded = given().auth().oauth2(Exchange.SHANDONG).queryParam("since", SINCE)
                .get("/api/platform/v1/projects").then().extract().asString();
        assertThat(seeded).as("the seeded variety is there").contains("\\uD83D\\uDE00", "\\u001F",
                "\"VALIDITY_FLAG\":0", "\"totalMoneyCny\":5801234.56", "\"TOTAL_MONEY\":0.000001",
                "\"START_YEAR\":2032", "\"APPLY_DATE\":\"2031-04-01\"", "\"PROJECT_CODE\":\"2603-370881-04-01-",
                ".123Z", ".123457Z", ":02Z", ".500Z");
        // everything the suite has left in the database, for the province and for the administrator
        assertPageAsJackson(Exchange.SHANDONG, null, null, 500, new ArrayList<>());
        assertPageAsJackson(Exchange.ADMIN, null, null, 500, new ArrayList<>());
    }

    @Test
    void shouldReadAPageWithOneStatementWhateverItsSize() {
        TestClock.setShanghai("2031-05-01T10:00");
        for (int i = 0; i < 6; i++) {
            Exchange.project(TestTokens.QUFU_STAFF, "单语句测试" + i);
        }
        TestClock.setShanghai("2031-05-01T11:00");
        assertThat(statementsFor(5)).isEqualTo(1);
        assertThat(statementsFor(50)).isEqualTo(1);
    }

    private long statementsFor(int limit) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        long before = exchange.pageStatementCount();
        given().auth().oauth2(Exchange.SHANDONG).queryParam("limit", limit).get("/api/platform/v1/projects").then()
                .statusCode(200);
        // the page runs on plain JDBC (ADR 0018), the rest (if anything) through Hibernate
        return stats.getPrepareStatementCount() + exchange.pageStatementCount() - before;
    }

    /** Compares one page with Jackson's rendering of its rows as read one by one; the next cursor, if more follow. */
    private String assertPageAsJackson(String token, String since, String after, int limit, List<String> seen)
            throws Exception {
        var request = given().auth().oauth2(token).queryParam("limit", limit);
        if (since != null) {
            request = request.queryParam("since", since);
        }
        if (after != null) {
            request = request.queryParam("after", after);
        }
        String body = request.get("/api/platform/v1/projects").then().statusCode(200).contentType("application/json")
                .extract().asString();
        JsonNode page = json.readTree(body);
        List<ExchangeProjectRow> rows = new ArrayList<>();
        for (JsonNode item : page.get("items")) {
            String one = given().auth().oauth2(token).get("/api/platform/v1/projects/" + item.get("localCode").asText())
                    .then().statusCode(200).extract().asString();
            ExchangeProjectRow row = json.readValue(one, ExchangeProjectRow.class);
            assertThat(utf8(row)).as("a row survives Jackson's round trip").isEqualTo(one);
            rows.add(row);
            seen.add(row.localCode());
        }
        JsonNode next = page.get("nextCursor");
        boolean hasMore = page.get("hasMore").asBoolean();
        ExchangePage old = new ExchangePage(rows, next.isNull() ? null : next.asText(), hasMore,
                Instant.parse(page.get("watermark").asText()));
        assertThat(body).isEqualTo(utf8(old));
        return hasMore ? next.asText() : null;
    }

    /** What the REST layer writes: Jackson to a UTF-8 stream (which escapes characters beyond U+FFFF). */
    private String utf8(Object value) throws Exception {
        return new String(json.writeValueAsBytes(value), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void seedVariedProjects() {
        TestClock.setShanghai("2031-04-01T10:00:00.123456");
        Exchange.project(TestTokens.QUFU_STAFF, "转义\"引号\\反斜杠\t制表\n换行\u0001\u000b\u000e\u001a\u001f /</script>"
                + " \u2028 \uD83D\uDE00 曲阜");
        TestClock.setShanghai("2031-04-01T10:00:01.123");
        Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "最小金额", "0.01", "OPERATION_MAINTENANCE",
                "FISCAL");
        TestClock.setShanghai("2031-04-01T10:00:02");
        Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "最大金额与计划年度", "12345678901234.56",
                "PURCHASED_SERVICE", "FISCAL").run("unit-staff", "updateProject(id: $id, input: {plannedStart:"
                + " \"2032-01-01\", plannedEnd: \"2034-06-30\"}) { id }");
        TestClock.setShanghai("2031-04-01T10:00:03.1234567");
        Walk applied = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "已申报有项目代码和概算", "6000000.00",
                "CONSTRUCTION", "FISCAL");
        applied.uploadAll("COLLECTIVE_DECISION_RECORD").library().apply();
        String local = Exchange.localCode(applied.projectId);
        Exchange.pushCode(Exchange.SHANDONG, local, "2603-370881-04-01-" + Exchange.serial5() + "C").statusCode(200);
        String item = "EQ-" + Exchange.serial5();
        Map<String, Object> estimate = Exchange.approved(item, local, "曲发改投资〔2031〕" + item + "号");
        estimate.put("ITEM_CODE", "BUDGET_ESTIMATE");
        estimate.put("DEAL_TIME", "2031-04-01 10:00:03");
        estimate.remove("PLAN_FINISH_DATE");
        estimate.put("APPROVAL_MONEY", new java.math.BigDecimal("580.123456"));
        Exchange.pushResult(Exchange.SHANDONG, item, null, estimate).statusCode(200);
        TestClock.setShanghai("2031-04-01T10:00:04.5");
        Walk withdrawn = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "已撤回", "1000000.00",
                "CONSTRUCTION", "SELF_RAISED");
        withdrawn.uploadAll("COLLECTIVE_DECISION_RECORD").library().apply();
        withdrawn.run("unit-lead", "withdrawProject(projectId: $id, reason: \"撤回\") { id }");
    }
}
