package org.egov.itpm.pack;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** policyPacks serves each rule's parameters as typed data with its citation (#16 item 4). */
@QuarkusTest
class PolicyPacksQueryTest {

    static final String RULES = """
            { policyPacks { id rules { code category type severity citation { text }
              parameters { name kind value values unit } } } }""";

    @Test
    void shouldServeQufusThresholdsAsData() {
        String qufu = "data.policyPacks.find { it.id == 'qufu-2024' }.rules";
        GraphQL.postAs(TestTokens.QUFU_LEAD, RULES, Map.of())
                .body("errors", nullValue())
                .body(qufu + ".find { it.code == 'FSR_FROM_5_MILLION' }.parameters",
                        hasItem(Map.of("name", "when.minInvestment", "kind", "AMOUNT", "value", "5000000",
                                "values", java.util.List.of(), "unit", "CNY")))
                .body(qufu + ".find { it.code == 'CONTRACT_SIGNING' }.citation.text", equalTo("qufu-2024 art.28"))
                .body(qufu + ".find { it.code == 'CONTRACT_SIGNING' }.parameters[0].value", equalTo("10"))
                .body(qufu + ".find { it.code == 'SECURITY_BUDGET_SHARE' }.parameters[0].kind", equalTo("PERCENT"))
                .body("data.policyPacks.find { it.id == 'baotou-2024' }.rules.find { it.code == 'CHANGE' }"
                        + ".parameters.name", hasItem("maxNewContentAmount"))
                .body(qufu + ".code", everyItem(not(nullValue())));
    }
}
