package org.egov.itpm.platform.hardening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.egov.itpm.platform.exchange.Exchange;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The reproductions of issue #14 "bounded work per request": each gets a coded answer at once. The timeouts are a
 * guard against the reproduced hang (minutes before the fix), not a speed target.
 */
@QuarkusTest
class BoundedWorkTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFragmentBombIsRefusedBeforeValidationWhileOtherRequestsGoOn() {
        CompletableFuture<Void> bombs = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 5; i++) {
                GraphQL.postAs(TestTokens.QUFU_STAFF, QueryBudgetTest.fragmentBomb(25), Map.of())
                        .body("data", nullValue())
                        .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                        .body("errors[0].extensions.messages.zh", containsString("查询过于复杂"));
            }
        });
        GraphQL.postAs(TestTokens.QUFU_STAFF, "{ policyPacks { id } }", Map.of())
                .body("errors", nullValue()).body("data.policyPacks.id", hasItem("qufu-2024"));
        bombs.join();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aHugeExponentInAnAmountIsRefusedAtOnce() throws Exception {
        String local = Exchange.project(TestTokens.QUFU_STAFF, "指数金额测试")[1];
        for (String huge : new String[] {"1E+200000", "1E+1000000"}) {
            String item = "EXP-" + Exchange.serial5();
            Map<String, Object> body = Exchange.approved(item, "2026-370881-65-01-0" + Exchange.serial5(), "曲发改〔2026〕9号");
            body.put("APPROVAL_MONEY", 1);
            String json = new ObjectMapper().writeValueAsString(body).replace("\"APPROVAL_MONEY\":1", "\"APPROVAL_MONEY\":" + huge);
            given().auth().oauth2(Exchange.SHANDONG).contentType(ContentType.JSON).body(json)
                    .when().put("/api/platform/v1/approval-results/" + item).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.code", hasItem("INVALID_MONEY"));
        }
        assert local != null;
    }

    /** The same numbers as a GraphQL amount, as a variable and as a literal (issue #14, "one number burns a core"). */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aHugeExponentInAGraphQLAmountIsRefusedAtOnce() {
        for (String huge : new String[] {"1E+200000", "1E+1000000"}) {
            GraphQL.postAs(TestTokens.QUFU_STAFF, "mutation($input: ProjectInput!) { createProject(input: $input) { id } }",
                    Map.of("input", Map.of("name", "指数金额 " + huge, "kind", "CONSTRUCTION", "fundingSource", "FISCAL",
                            "year", 2026, "estimatedInvestment", huge)))
                    .body("data.createProject", nullValue())
                    .body("errors[0].extensions.code", equalTo("INVALID_INPUT"));
            GraphQL.postAs(TestTokens.QUFU_STAFF, "{ projects(first: 1, filter: {minInvestment: %s}) { totalCount } }"
                    .formatted(huge), Map.of())
                    .body("errors[0].extensions.code", org.hamcrest.Matchers.anyOf(equalTo("INVALID_INPUT"),
                            equalTo("INVALID_QUERY")));
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aTinyOrHugeFilterAmountIsAnInputErrorNotADatabaseError() {
        for (String amount : new String[] {"1E-1000000", "1E+1000000"}) {
            GraphQL.postAs(TestTokens.QUFU_STAFF, """
                    query($min: BigDecimal) { projects(first: 1, filter: {maxInvestment: $min}) { totalCount } }""",
                    Map.of("min", amount))
                    .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                    .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("INVALID_MONEY"));
        }
    }
}
