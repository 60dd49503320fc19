package org.egov.itpm.policy.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PackCatalogTest {

    private final PackCatalog catalog = BuiltInPacks.catalog();

    @ParameterizedTest(name = "{0} on {1} -> {2} {3}")
    @CsvSource({
            "370881, 2024-07-01, qufu-2024,     IN_FORCE",
            "370881, 2024-06-30, qufu-2024,     NOT_YET_EFFECTIVE",
            "150200, 2024-12-01, baotou-2024,   IN_FORCE",
            "150200, 2026-11-30, baotou-2024,   IN_FORCE",
            "150200, 2026-12-01, baotou-2024,   EXPIRED",
            "150200, 2024-11-30, baotou-2024,   NOT_YET_EFFECTIVE",
            "360000, 2025-03-01, jiangxi-2024,  IN_FORCE",
            "360121, 2025-03-01, jiangxi-2024,  IN_FORCE",
            "361002, 2025-03-01, jiangxi-2024,  IN_FORCE",
            "230502, 2024-02-05, jianshan-2024, IN_FORCE",
            "500237, 2022-05-30, wushan-2022,   IN_FORCE"})
    void shouldBindByRegionThenParentRegion(String region, LocalDate on, String packId, PackStatus status) {
        PackBinding binding = catalog.bindingFor(region, on);

        assertThat(binding.pack().id()).isEqualTo(packId);
        assertThat(binding.status()).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource({"110101", "230503", "370882"})
    void shouldReportNoneWhereNoPackCovers(String region) {
        PackBinding binding = catalog.bindingFor(region, LocalDate.of(2025, 1, 1));

        assertThat(binding.status()).isEqualTo(PackStatus.NONE);
        assertThat(binding.pack()).isNull();
    }

    /** M3: Baotou's measures are 市本级 (art.2); its 旗县区 only take them as a model (art.28). */
    @ParameterizedTest
    @CsvSource({"150202", "150203", "150221", "150223"})
    void shouldLeaveABaotouCountyWithoutAPackCitingArt28(String county) {
        PackBinding binding = catalog.bindingFor(county, LocalDate.of(2025, 3, 1));

        assertThat(binding.status()).isEqualTo(PackStatus.NONE);
        assertThat(binding.pack()).isNull();
        assertThat(binding.outOfScope().render()).isEqualTo("baotou-2024 art.28");
        assertThat(binding.outOfScope().quote()).contains("可参照本办法制定");
    }

    @Test
    void shouldStillBindTheBaotouCityLevelAndJiangxiCountiesWithoutAScopeCitation() {
        assertThat(catalog.bindingFor("150200", LocalDate.of(2025, 3, 1)).outOfScope()).isNull();
        assertThat(catalog.bindingFor("360121", LocalDate.of(2025, 3, 1)).outOfScope()).isNull();
        assertThat(catalog.bindingFor("110101", LocalDate.of(2025, 3, 1)).outOfScope()).isNull();
    }

    @Test
    void shouldFallBackPastAnOwnLevelPackToAProvincePackThatGovernsEveryLevel() {
        Pack baotou = BuiltInPacks.load("baotou-2024.json");
        Pack province = new Pack("neimenggu-2025", 1, new Jurisdiction("内蒙古自治区", "150000"), null, null,
                LocalDate.of(2025, 1, 1), null, baotou.effectCite(), baotou.requirements(), baotou.acceptanceDocuments(),
                baotou.omFundingConditions(), baotou.deadlines(), baotou.checks(), baotou.change(), baotou.notes(),
                baotou.reviewPanels(), baotou.approvalIssuers());
        PackCatalog withProvince = catalog.with(province);

        assertThat(withProvince.bindingFor("150202", LocalDate.of(2025, 3, 1)).pack().id()).isEqualTo("neimenggu-2025");
        assertThat(withProvince.bindingFor("150200", LocalDate.of(2025, 3, 1)).pack().id()).isEqualTo("baotou-2024");
    }

    @Test
    void shouldReportBaotouExpiredAfterItsTwoYearsWithTheCitation() {
        Pack baotou = BuiltInPacks.load("baotou-2024.json");

        assertThat(baotou.statusOn(LocalDate.of(2026, 12, 1))).isEqualTo(PackStatus.EXPIRED);
        assertThat(baotou.effectCite().render()).isEqualTo("baotou-2024 art.29");
        assertThat(baotou.effectCite().quote()).contains("有效期两年");
    }

    @Test
    void shouldPreferTheNewestVersionInForce() {
        Pack v1 = BuiltInPacks.load("baotou-2024.json");
        Pack v3 = new Pack(v1.id(), 3, v1.jurisdiction(), v1.issuingDocument(), v1.issuedOn(), LocalDate.of(2026, 12, 1),
                null, v1.effectCite(), v1.requirements(), v1.acceptanceDocuments(), v1.omFundingConditions(),
                v1.deadlines(), v1.checks(), v1.change(), v1.notes(), v1.reviewPanels(), v1.approvalIssuers());
        PackCatalog both = catalog.with(v3);

        assertThat(both.bindingFor("150200", LocalDate.of(2026, 11, 30)).pack().version()).isEqualTo(2);
        assertThat(both.bindingFor("150200", LocalDate.of(2027, 1, 4)).pack().version()).isEqualTo(3);
        assertThat(both.bindingFor("150200", LocalDate.of(2027, 1, 4)).status()).isEqualTo(PackStatus.IN_FORCE);
        assertThatThrownBy(() -> both.with(v3)).isInstanceOf(IllegalArgumentException.class);
    }
}
