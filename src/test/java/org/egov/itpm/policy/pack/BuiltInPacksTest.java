package org.egov.itpm.policy.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuiltInPacksTest {

    @ParameterizedTest
    @CsvSource({
            "jianshan-2024.json, jianshan-2024, 230502, 2024-02-05, ''",
            "wushan-2022.json,   wushan-2022,   500237, 2022-05-30, ''",
            "qufu-2024.json,     qufu-2024,     370881, 2024-07-01, ''",
            "baotou-2024.json,   baotou-2024,   150200, 2024-12-01, 2026-11-30",
            "jiangxi-2024.json,  jiangxi-2024,  360000, 2024-01-01, ''"})
    void shouldLoadEachShippedPackWithItsWindow(String file, String id, String region, String from, String to) {
        Pack pack = BuiltInPacks.load(file);

        assertThat(pack.id()).isEqualTo(id);
        assertThat(pack.regionCode()).isEqualTo(region);
        assertThat(pack.effectiveFrom()).hasToString(from);
        assertThat(pack.effectiveTo() == null ? "" : pack.effectiveTo().toString()).isEqualTo(to);
    }

    @Test
    void shouldCiteEveryRuleOfEveryPackWithArticleAndQuote() {
        for (Pack pack : BuiltInPacks.catalog().packs()) {
            Stream<Citation> cites = Stream.of(
                    pack.requirements().stream().map(Requirement::cite),
                    pack.acceptanceDocuments().stream().map(Requirement::cite),
                    pack.omFundingConditions().stream().map(Requirement::cite),
                    pack.deadlines().stream().map(DeadlineRule::cite),
                    pack.checks().stream().map(CheckRule::cite),
                    Stream.of(pack.change().cite(), pack.change().reApprovalReview(), pack.effectCite())).flatMap(s -> s);

            assertThat(cites).allSatisfy(c -> {
                assertThat(c.packId()).isEqualTo(pack.id());
                assertThat(c.article()).matches("art\\.\\d+|item \\d+|notice");
                assertThat(c.quote()).isNotBlank();
            });
        }
    }

    @Test
    void shouldRenderCitationAsPackIdAndArticle() {
        Pack qufu = BuiltInPacks.load("qufu-2024.json");

        DeadlineRule.ContractSigning signing = DeadlineRule.ofKind(qufu.deadlines(), DeadlineRule.ContractSigning.class)
                .get(0);

        assertThat(signing.cite().render()).isEqualTo("qufu-2024 art.28");
        assertThat(signing.workingDays()).isEqualTo(10);
    }
}
