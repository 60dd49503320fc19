package org.egov.itpm.platform.exchange.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.egov.itpm.common.FieldError;
import org.egov.itpm.organisation.NationalRegions;
import org.junit.jupiter.api.Test;

/** The region inside a 项目代码 is checked against the national GB/T 2260 table as of the code's issue year. */
class NationalCodeRegionsTest {

    private static final NationalRegions TABLE = NationalRegions.shipped();

    private static List<String> check(String code, String callerProvince) {
        return NationalCodes.check("projectCode", code, callerProvince, null, TABLE::inForce).stream()
                .map(FieldError::code).toList();
    }

    private static List<String[]> fixture() throws IOException {
        try (InputStream in = NationalCodeRegionsTest.class.getResourceAsStream("/regions/project-codes-by-county.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#")).map(l -> l.split("\t", -1)).toList();
        }
    }

    @Test
    void shouldAcceptCodesFromTwoHundredCountiesOfAllProvincesIncludingRetiredOnes() throws IOException {
        List<String[]> rows = fixture();
        Set<String> counties = rows.stream().map(r -> r[1].substring(5, 11)).collect(Collectors.toSet());
        Set<String> provinces = rows.stream().map(r -> r[0]).collect(Collectors.toSet());
        long retired = rows.stream().filter(r -> r[3].equals("retired")).count();
        assertThat(counties).hasSizeGreaterThanOrEqualTo(200);
        assertThat(provinces).hasSize(31);
        assertThat(retired).isGreaterThanOrEqualTo(50);
        for (String[] row : rows) {
            assertThat(check(row[1], row[0])).as(row[1] + " " + row[2]).isEmpty();
        }
    }

    @Test
    void shouldAcceptARetiredRegionOnlyForCodesIssuedWhileItExisted() {
        // 莱芜市莱城区 (371202) became 济南市莱芜区 (370116) in 2019.
        assertThat(check("2017-371202-65-01-000001", "370000")).isEmpty();
        assertThat(check("2403-371202-04-01-00001A", "370000")).containsExactly("UNKNOWN_REGION");
        assertThat(check("2403-370116-04-01-00001A", "370000")).isEmpty();
        assertThat(check("2015-370116-65-01-000001", "370000")).containsExactly("UNKNOWN_REGION");
    }

    @Test
    void shouldRefuseAnotherProvincesCountyAsOutsideTheProvinceNotAsUnknown() {
        assertThat(check("2603-320583-04-01-00001A", "320000")).isEmpty();
        assertThat(check("2603-320583-04-01-00001A", "370000")).containsExactly("REGION_OUTSIDE_PROVINCE");
        assertThat(check("2603-329999-04-01-00001A", "370000")).containsExactly("REGION_OUTSIDE_PROVINCE");
        assertThat(check("2603-379999-04-01-00001A", "370000")).containsExactly("UNKNOWN_REGION");
    }

    @Test
    void shouldKnowEveryProvinceAndTheSeedJurisdictions() {
        for (String code : List.of("230502", "500237", "370881", "150200", "360000", "110000", "650000", "540000")) {
            assertThat(TABLE.inForce(code, 2026)).as(code).isTrue();
        }
        assertThat(TABLE.all().keySet().stream().filter(c -> c.endsWith("0000")).count()).isEqualTo(34);
    }
}
