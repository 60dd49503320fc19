package org.egov.itpm.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 32100 统一社会信用代码: shape and check character. */
class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "11370881004123456F", "113708810043456786", "11370881MB1234567D"})
    void shouldAcceptKnownValidCodes(String code) {
        assertThat(CreditCode.check(code)).isEqualTo(CreditCode.Check.VALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "11370881004123456E", "113708810043456787"})
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
    void shouldRejectNull() {
        assertThat(CreditCode.check(null)).isEqualTo(CreditCode.Check.MALFORMED);
    }
}
