package org.egov.itpm.policy.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.calendar.HolidayFiles;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.egov.itpm.policy.rules.Finding;
import org.egov.itpm.policy.rules.FindingPolicy;
import org.junit.jupiter.api.Test;

/** The transitional rule after Baotou's trial measures expired on 2026-11-30 (baotou-2024 art.29). */
class PackSuccessionTest {

    private static final Pack V1 = BuiltInPacks.load("baotou-2024.json");
    private static final LocalDate AFTER_EXPIRY = LocalDate.of(2026, 12, 2);

    /** Baotou's measures under another id or version and window, as an administrator would upload them. */
    static Pack variant(String id, int version, LocalDate from, LocalDate to) {
        try (InputStream in = PackSuccessionTest.class.getResourceAsStream("/policy/packs/baotou-2024.json")) {
            ObjectNode json = (ObjectNode) new ObjectMapper().readTree(in);
            json.put("id", id).put("version", version).put("effectiveFrom", from.toString());
            if (to == null) {
                json.remove("effectiveTo");
            } else {
                json.put("effectiveTo", to.toString());
            }
            return PackParser.parse(json.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Finding> packFindings(PackCatalog catalog, LocalDate today) {
        ProjectFacts facts = ProjectFactsBuilder.project("p1", V1.regionCode()).stage(Stage.FUNDED).build();
        Pack successor = catalog.successorOf(V1, today).orElse(null);
        return FindingPolicy.findings(V1, successor, facts, HolidayFiles.classpathCalendar(), today).stream()
                .filter(f -> f.code().startsWith("PACK_")).toList();
    }

    @Test
    void shouldNameAnExpiredPackWithoutSuccessorAndCiteItsEffectClause() {
        PackCatalog builtIn = BuiltInPacks.catalog();

        assertThat(builtIn.successorOf(V1, AFTER_EXPIRY)).isEmpty();
        assertThat(packFindings(builtIn, AFTER_EXPIRY)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("PACK_EXPIRED_NO_SUCCESSOR");
            assertThat(f.cite().render()).isEqualTo("baotou-2024 art.29");
            assertThat(f.messageZh()).contains("暂按原办法继续办理");
        });
    }

    @Test
    void shouldNameTheSuccessorOnceAnExtensionIsInForce() {
        Pack v3 = variant("baotou-2024", 3, LocalDate.of(2026, 12, 1), LocalDate.of(2028, 11, 30));
        PackCatalog catalog = BuiltInPacks.catalog().with(v3);

        assertThat(catalog.successorOf(V1, AFTER_EXPIRY)).contains(v3);
        assertThat(packFindings(catalog, AFTER_EXPIRY)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("PACK_SUCCESSOR_AVAILABLE");
            assertThat(f.facts()).containsEntry("successorId", "baotou-2024").containsEntry("successorVersion", "3");
            assertThat(f.cite().render()).isEqualTo("baotou-2024 art.29");
        });
    }

    @Test
    void shouldHaveNoSuccessorWhileTheBoundPackIsInForceOrBeforeTheSuccessorStarts() {
        Pack v2 = BuiltInPacks.load("baotou-2024-v2.json");
        Pack v3 = variant("baotou-2024", 3, LocalDate.of(2027, 6, 1), null);
        PackCatalog catalog = BuiltInPacks.catalog().with(v3);

        assertThat(catalog.successorOf(v2, LocalDate.of(2026, 11, 30))).isEmpty();
        assertThat(catalog.successorOf(v2, LocalDate.of(2027, 5, 31))).isEmpty();
        assertThat(catalog.successorOf(v2, LocalDate.of(2027, 6, 1))).contains(v3);
    }

    /** ADR 0013: v2 is a fuller encoding of the same measures in the same window; v1 projects are told, not moved. */
    @Test
    void shouldOfferTheNewerVersionOfTheSameRegulationToAProjectBoundToV1WhileBothAreInForce() {
        PackCatalog builtIn = BuiltInPacks.catalog();
        LocalDate inForce = LocalDate.of(2026, 11, 30);

        assertThat(builtIn.bindingFor("150200", inForce).pack().version()).isEqualTo(2);
        assertThat(builtIn.successorOf(V1, inForce)).hasValueSatisfying(p -> assertThat(p.version()).isEqualTo(2));
        assertThat(packFindings(builtIn, inForce)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("PACK_SUCCESSOR_AVAILABLE");
            assertThat(f.facts()).containsEntry("successorVersion", "2");
            assertThat(f.messageZh()).contains("新版本");
        });
    }

    @Test
    void shouldNotOfferAnotherIdWhileTheBoundPackIsStillInForce() {
        Pack other = variant("baotou-2026", 1, LocalDate.of(2026, 6, 1), null);
        Pack v2 = BuiltInPacks.load("baotou-2024-v2.json");
        PackCatalog catalog = BuiltInPacks.catalog().with(other);

        assertThat(catalog.successorOf(v2, LocalDate.of(2026, 11, 30))).isEmpty();
    }

    @Test
    void shouldLetANewIdOfTheSameJurisdictionSucceed() {
        Pack next = variant("baotou-2026", 1, LocalDate.of(2026, 12, 1), null);
        PackCatalog catalog = BuiltInPacks.catalog().with(next);

        assertThat(catalog.successorOf(V1, AFTER_EXPIRY)).contains(next);
        assertThat(catalog.bindingFor("150200", AFTER_EXPIRY).pack()).isEqualTo(next);
    }
}
