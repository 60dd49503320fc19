package org.egov.itpm.platform.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.TestTokens.Person;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.Test;

/** 项目代码 and approval-result pushes: validation, idempotency, conflicts, concurrency, effect on the lifecycle. */
@QuarkusTest
class PushTest {

    static final Person ZHANG = new Person("expert-zhang", List.of("expert"), null, "370881");
    static final Person LI = new Person("expert-li", List.of("expert"), null, "370881");

    @Inject
    EntityManager em;

    @Test
    void shouldAcceptAGoodNewCodeOnceAndRefuseAnotherOne() {
        String local = Exchange.project(TestTokens.QUFU_STAFF, "项目代码测试")[1];
        String code = "2603-370881-04-01-" + Exchange.serial5().substring(1) + "7A";
        Exchange.pushCode(Exchange.SHANDONG, local, code).statusCode(200).body("changed", equalTo(true))
                .body("projectCode", equalTo(code));
        Exchange.pushCode(Exchange.SHANDONG, local, code).statusCode(200).body("changed", equalTo(false));
        given().auth().oauth2(Exchange.SHANDONG).get("/api/platform/v1/projects/" + code).then().statusCode(200)
                .body("PROJECT_CODE", equalTo(code)).body("localCode", equalTo(local));
        Exchange.pushCode(Exchange.SHANDONG, local, "2603-370881-04-01-" + Exchange.serial5() + "B").statusCode(409)
                .body("code", equalTo("NATIONAL_CODE_CONFLICT"));
        String other = Exchange.project(TestTokens.QUFU_STAFF, "项目代码测试二")[1];
        Exchange.pushCode(Exchange.SHANDONG, other, code).statusCode(409).body("code", equalTo("NATIONAL_CODE_CONFLICT"));
    }

    @Test
    void shouldAcceptALegacyCodeAndAPrefectureRegion() {
        String local = Exchange.project(TestTokens.QUFU_STAFF, "旧代码测试")[1];
        Exchange.pushCode(Exchange.SHANDONG, local, "2019-370881-65-01-0" + Exchange.serial5()).statusCode(200);
        String local2 = Exchange.project(TestTokens.QUFU_STAFF, "地市代码测试")[1];
        Exchange.pushCode(Exchange.SHANDONG, local2, "2512-370800-04-02-" + Exchange.serial5() + "X").statusCode(200);
    }

    @Test
    void shouldRefuseMalformedCodesFieldByFieldAndStoreNothing() {
        String local = Exchange.project(TestTokens.QUFU_STAFF, "坏代码测试")[1];
        Exchange.pushCode(Exchange.SHANDONG, local, "2600-370881-04-01-00001A").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("projectCode"))
                .body("errors[0].code", equalTo("INVALID_MONTH"));
        Exchange.pushCode(Exchange.SHANDONG, local, "2019-370881-04-07-000001").statusCode(400)
                .body("errors[0].code", equalTo("INVALID_PROJECT_TYPE"));
        Exchange.pushCode(Exchange.SHANDONG, local, "2603-360000-04-01-00001A").statusCode(400)
                .body("errors[0].code", equalTo("REGION_OUTSIDE_PROVINCE"));
        Exchange.pushCode(Exchange.SHANDONG, local, "2603-320583-04-01-00001A").statusCode(400)
                .body("errors[0].code", equalTo("REGION_OUTSIDE_PROVINCE"));
        Exchange.pushCode(Exchange.SHANDONG, local, "2603-379999-04-01-00001A").statusCode(400)
                .body("errors[0].code", equalTo("UNKNOWN_REGION"));
        Exchange.pushCode(Exchange.SHANDONG, local, "2603-370102-04-01-00001A").statusCode(400)
                .body("errors[0].code", equalTo("REGION_MISMATCH"));
        Exchange.pushCode(Exchange.SHANDONG, local, "2603370881040100001A").statusCode(400)
                .body("errors[0].code", equalTo("INVALID_PROJECT_CODE"));
        Exchange.pushCode(Exchange.JIANGXI, local, "2603-360000-04-01-00001A").statusCode(404);
        given().auth().oauth2(Exchange.SHANDONG).get("/api/platform/v1/projects/" + local).then()
                .body("PROJECT_CODE", equalTo(null));
    }

    @Test
    void shouldRecordAnApprovedResultSoTheLifecycleCanAdvance() {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "曲阜市平台批复项目", "6000000.00",
                "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD").library().apply();
        w.passReview("DEMAND_REVIEW", ZHANG).passReview("TECHNICAL_REVIEW", ZHANG, LI);
        w.uploadAll("CONSTRUCTION_PLAN", "CRYPTO_APPLICATION_PLAN", "FEASIBILITY_STUDY_REPORT");
        w.tryAdvance("authority-approver", "APPROVED").body("errors[0].extensions.code",
                equalTo("STAGE_TRANSITION_NOT_ALLOWED"));
        String local = Exchange.localCode(w.projectId);
        String item = "QF-" + Exchange.serial5();
        Map<String, Object> body = Exchange.approved(item, local, "曲发改投资〔2026〕" + item + "号");
        String first = Exchange.pushResult(Exchange.SHANDONG, item, "key-" + item, body).statusCode(200)
                .body("changed", equalTo(true)).body("approvalId", notNullValue()).extract().asString();
        // Idempotency-Key replay: same key, same body → the stored response, byte for byte
        String replay = Exchange.pushResult(Exchange.SHANDONG, item, "key-" + item, body).statusCode(200)
                .extract().asString();
        assertThat(replay).isEqualTo(first);
        // same natural key without a key: a no-op
        Exchange.pushResult(Exchange.SHANDONG, item, null, body).statusCode(200).body("changed", equalTo(false));
        // same key, different body → 422
        Map<String, Object> other = new HashMap<>(body);
        other.put("APPROVAL_MONEY", 590);
        Exchange.pushResult(Exchange.SHANDONG, item, "key-" + item, other).statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        // a final item with other content → 409
        Exchange.pushResult(Exchange.SHANDONG, item, null, other).statusCode(409)
                .body("code", equalTo("APPROVAL_ITEM_CONFLICT"));
        w.project("approvals { kind documentNumber approvedAmount issuingBody }")
                .body("data.project.approvals.size()", equalTo(1))
                .body("data.project.approvals[0].issuingBody", equalTo("曲阜市发展和改革局"));
        w.advance("authority-approver", "APPROVED");
        w.project("stage").body("data.project.stage", equalTo("APPROVED"));
    }

    @Test
    void shouldRefuseMalformedResultsFieldByFieldAndStoreNothing() {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "坏批复测试", "100000.00",
                "CONSTRUCTION", "FISCAL");
        String local = Exchange.localCode(w.projectId);
        String item = "BAD-" + Exchange.serial5();
        Map<String, Object> body = Exchange.approved(item, local, "坏〔2026〕1号");
        body.put("DIVISION_CODE", "379999");
        body.put("APPROVAL_MONEY", -1);
        body.put("DEAL_TIME", "2099-01-01 00:00:00");
        body.put("ITEM_CODE", "NOPE");
        Exchange.pushResult(Exchange.SHANDONG, item, "bad-" + item, body).statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("INVALID_INPUT"))
                .body("errors.field", hasItems("DIVISION_CODE", "APPROVAL_MONEY", "DEAL_TIME", "ITEM_CODE"))
                .body("errors.code", hasItems("UNKNOWN_REGION", "INVALID_MONEY", "DATE_IN_FUTURE", "UNKNOWN_ITEM_CODE"));
        Map<String, Object> dates = Exchange.approved(item, local, "坏〔2026〕1号");
        dates.put("PLAN_FINISH_DATE", "2026-02-01");
        Exchange.pushResult(Exchange.SHANDONG, item, null, dates).statusCode(400)
                .body("errors[0].code", equalTo("INVALID_DATE_RANGE"));
        // a DRAFT project cannot take an approval: 409, and the item is not stored either
        Exchange.pushResult(Exchange.SHANDONG, item, null, Exchange.approved(item, local, "坏〔2026〕1号"))
                .statusCode(409).body("code", equalTo("APPROVAL_NOT_ALLOWED"));
        assertThat(count("select count(*) from platform_approval_item where approval_item_id = '" + item + "'"))
                .isZero();
        assertThat(count("select count(*) from idempotency_key where key = 'bad-" + item + "'")).isZero();
        given().auth().oauth2(Exchange.SHANDONG).contentType(ContentType.JSON).body("{\"APPROVAL_ITEMID\": ")
                .put("/api/platform/v1/approval-results/" + item).then().statusCode(400)
                .body("code", equalTo("MALFORMED_JSON"));
        given().auth().oauth2(Exchange.SHANDONG).contentType(ContentType.JSON)
                .body("{\"DEPT_NAME\": \"" + "很".repeat(70_000) + "\"}")
                .put("/api/platform/v1/approval-results/" + item).then().statusCode(413)
                .body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void shouldLeaveOneRowWhenOneItemIsPushedConcurrently() throws Exception {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "并发推送测试", "100000.00",
                "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD").library().apply();
        String local = Exchange.localCode(w.projectId);
        String item = "CC-" + Exchange.serial5();
        Map<String, Object> body = Exchange.approved(item, local, "并发〔2026〕" + item + "号");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> pushes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                pushes.add(() -> Exchange.pushResult(Exchange.SHANDONG, item, null, body).extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(pushes)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from platform_approval_item where approval_item_id = '" + item + "'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from approval where document_number = '并发〔2026〕" + item + "号'"))
                .isEqualTo(1);
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
