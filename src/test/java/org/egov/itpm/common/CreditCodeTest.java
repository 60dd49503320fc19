package org.egov.itpm.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 32100 统一社会信用代码: shape and check character. */
class CreditCodeTest {

    /** The standard's example and codes published on business licences (Huawei, Tencent, Alibaba, Xiaomi, CNPC). */
    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "914403001922038216", "91440300708461136T", "91330100799655058B",
            "91110108551385082Q", "91110000100010433L", "11370881004123456F", "113708810043456786", "11370881MB1234567D"})
    void shouldAcceptKnownValidCodes(String code) {
        assertThat(CreditCode.check(code)).isEqualTo(CreditCode.Check.VALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "11370881004123456E", "113708810043456787",
            "911100001000000000", "914403001922038217"})
    void shouldFlagAWrongCheckCharacter(String code) {
        assertThat(CreditCode.check(code)).isEqualTo(CreditCode.Check.CHECK_CHARACTER_MISMATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100I000100Y43", "91350100O000100Y43", "91350100S000100Y43", "91350100V000100Y43",
            "91350100Z000100Y43", "91350100m000100Y43", "91350100M000100Y4", "91350100M000100Y433", "", "9135 100M000100Y43"})
    void shouldRejectMalformedCodes(String code) {
        assertThat(CreditCode.check(code)).isEqualTo(CreditCode.Check.MALFORMED);
    }

    @org.junit.jupiter.api.Test
    void shouldComputeTheCheckCharacterFromTheFirstSeventeen() {
        // Σ value × 3^i mod 31 over "91110000100000000" is 6, so the check character is the alphabet's character at index 31 − 6 = 25, 'R'
        assertThat(CreditCode.check("91110000100000000R")).isEqualTo(CreditCode.Check.VALID);
    }

    @org.junit.jupiter.api.Test
    void shouldDetectEverySingleCharacterSubstitution() {
        String valid = "91440300708461136T";
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (int i = 0; i < 17; i++) {
            for (char c : alphabet.toCharArray()) {
                if (c != valid.charAt(i)) {
                    String changed = valid.substring(0, i) + c + valid.substring(i + 1);
                    assertThat(CreditCode.check(changed)).as(changed).isEqualTo(CreditCode.Check.CHECK_CHARACTER_MISMATCH);
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void shouldRejectNull() {
        assertThat(CreditCode.check(null)).isEqualTo(CreditCode.Check.MALFORMED);
    }
}
