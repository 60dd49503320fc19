package org.egov.itpm.project;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.Test;

/** Statistics count and sum only what the caller may see. */
@QuarkusTest
class StatisticsTest {

    static final String STATS = """
            { statistics(filter: {nameContains: "统计样本"}) {
                total { count investment } byStage { key count investment } byYear { key count }
                byRegion { key count } byOrganisation { key count } } }""";

    @Test
    void statisticsAreScopedAndExact() {
        Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "统计样本一", "100.10", "CONSTRUCTION", "FISCAL")
                .library();
        Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "统计样本二", "200.20", "CONSTRUCTION", "FISCAL");
        Walk.start(TestTokens.JX_STAFF, TestTokens.JX_AUTHORITY, "统计样本三", "999.99", "CONSTRUCTION", "FISCAL");
        GraphQL.postAs(TestTokens.SD_REVIEWER, STATS, Map.of())
                .body("errors", nullValue())
                .body("data.statistics.total.count", equalTo(2))
                .body("data.statistics.total.investment", equalTo(300.30f))
                .body("data.statistics.byStage.find { it.key == 'LIBRARY' }.count", equalTo(1))
                .body("data.statistics.byStage.find { it.key == 'DRAFT' }.investment", equalTo(200.20f))
                .body("data.statistics.byRegion[0].key", equalTo("370881"))
                .body("data.statistics.byYear[0].key", equalTo("2026"));
        GraphQL.postAs(TestTokens.JX_AUTHORITY, STATS, Map.of()).body("data.statistics.total.count", equalTo(1));
    }
}
