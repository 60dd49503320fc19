package org.egov.itpm.project;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.egov.itpm.testsupport.DemoOrgs;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Signed tokens as the other suites (an anonymous POST /graphql is answered before any test identity applies). */
@QuarkusTest
class ProjectGraphQLTest {

    static final String CREATE = """
            mutation($input: ProjectInput!) {
              createProject(input: $input) { id localCode name stage regionCode estimatedInvestment owner { creditCode } }
            }""";

    static Map<String, Object> input(String name, String amount) {
        return Map.of("input", Map.of("name", name, "kind", "CONSTRUCTION", "fundingSource", "FISCAL",
                "year", 2026, "estimatedInvestment", amount));
    }

    @Test
    void shouldCreateDraftOwnedByCallersOrganisation() {
        GraphQL.postAs(TestTokens.QUFU_STAFF, CREATE, input("曲阜市智慧教育平台", "1200000.50"))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createProject.stage", equalTo("DRAFT"))
                .body("data.createProject.regionCode", equalTo("370881"))
                .body("data.createProject.estimatedInvestment", equalTo(1200000.50f))
                .body("data.createProject.owner.creditCode", equalTo(DemoOrgs.QUFU_EDU));
    }

    @Test
    void shouldRejectNegativeMoneyWithFieldError() {
        GraphQL.postAs(TestTokens.QUFU_STAFF, CREATE, input("坏数据", "-1"))
                .body("data.createProject", nullValue())
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].extensions.details.fieldErrors.field", hasItem("estimatedInvestment"));
    }

    @Test
    void shouldRefuseCreateForAuthorityRole() {
        GraphQL.postAs(TestTokens.QUFU_REVIEWER, CREATE, input("x", "1"))
                .body("data.createProject", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldAnswerUnauthenticatedWithoutToken() {
        GraphQL.post("{ projects(first: 5) { edges { node { name } } } }").statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }
}
