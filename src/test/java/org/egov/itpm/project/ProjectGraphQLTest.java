package org.egov.itpm.project;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.Map;
import org.egov.itpm.testsupport.DemoOrgs;
import org.egov.itpm.testsupport.GraphQL;
import org.junit.jupiter.api.Test;

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
    @TestSecurity(user = "qufu-staff", roles = "unit-staff")
    @OidcSecurity(claims = {@Claim(key = "org_code", value = DemoOrgs.QUFU_EDU),
            @Claim(key = "region_code", value = "370881")})
    void shouldCreateDraftOwnedByCallersOrganisation() {
        GraphQL.post(CREATE, input("曲阜市智慧教育平台", "1200000.50"))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createProject.stage", equalTo("DRAFT"))
                .body("data.createProject.regionCode", equalTo("370881"))
                .body("data.createProject.estimatedInvestment", equalTo(1200000.50f))
                .body("data.createProject.owner.creditCode", equalTo(DemoOrgs.QUFU_EDU));
    }

    @Test
    @TestSecurity(user = "qufu-staff", roles = "unit-staff")
    @OidcSecurity(claims = {@Claim(key = "org_code", value = DemoOrgs.QUFU_EDU),
            @Claim(key = "region_code", value = "370881")})
    void shouldRejectNegativeMoneyWithFieldError() {
        GraphQL.post(CREATE, input("坏数据", "-1"))
                .body("data.createProject", nullValue())
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].extensions.details.fieldErrors.field", hasItem("estimatedInvestment"));
    }

    @Test
    @TestSecurity(user = "qufu-reviewer", roles = "authority-reviewer")
    @OidcSecurity(claims = {@Claim(key = "org_code", value = DemoOrgs.QUFU_BIGDATA),
            @Claim(key = "region_code", value = "370881")})
    void shouldRefuseCreateForAuthorityRole() {
        GraphQL.post(CREATE, input("x", "1"))
                .body("data.createProject", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldAnswerUnauthenticatedWithoutToken() {
        GraphQL.post("{ projects(first: 5) { edges { node { name } } } }").statusCode(401);
    }
}
