package org.egov.itpm.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Schema-first: the served contracts must equal the reviewed ones in schema/. Change schema/ first, then the code.
 * To accept a deliberate change after reviewing it: run the tests with -Dcontract.write=true, which writes the
 * served contract to schema/ (then review the diff in git).
 */
@QuarkusTest
class ContractDriftTest {

    static final Path SDL = Path.of("schema/itpm.graphql");
    static final Path OPENAPI = Path.of("schema/openapi.yaml");

    @Test
    void servedGraphQLSchemaMatchesTheContract() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        compare(SDL, normalise(served), "GraphQL SDL");
    }

    @Test
    void servedOpenApiMatchesTheContract() throws IOException {
        String served = given().accept("application/yaml").when().get("/q/openapi").then().statusCode(200).extract()
                .asString();
        if (writeRequested()) {
            Files.writeString(OPENAPI, served, StandardCharsets.UTF_8);
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode expected = yaml.readTree(Files.readString(OPENAPI, StandardCharsets.UTF_8));
        JsonNode actual = yaml.readTree(served);
        assertThat(actual).as("""
                The served OpenAPI document (/q/openapi) differs from schema/openapi.yaml.
                Change the contract first: edit schema/openapi.yaml in the same change as the code, or, after
                reviewing the difference, run ./mvnw test -Dtest=ContractDriftTest -Dcontract.write=true
                and commit the result.""").isEqualTo(expected);
    }

    private static void compare(Path contract, String served, String what) throws IOException {
        if (writeRequested()) {
            Files.writeString(contract, served, StandardCharsets.UTF_8);
        }
        String expected = Files.exists(contract) ? normalise(Files.readString(contract, StandardCharsets.UTF_8)) : "";
        assertThat(served).as("""
                The served %s differs from %s.
                Change the contract first: edit %s in the same change as the code, or, after reviewing the
                difference, run ./mvnw test -Dtest=ContractDriftTest -Dcontract.write=true and commit the result."""
                .formatted(what, contract, contract)).isEqualTo(expected);
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n").strip() + "\n";
    }

    private static boolean writeRequested() {
        return Boolean.getBoolean("contract.write");
    }
}
