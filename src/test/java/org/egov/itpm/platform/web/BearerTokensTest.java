package org.egov.itpm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The compact-JWS shape check accepts exactly what the regex it replaced accepted. */
class BearerTokensTest {

    private static final Pattern JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    @Test
    void sameAnswerAsTheRegexForEveryShape() {
        String[] tokens = {"a.b.c", "eyJh_-9.eyJ0.sig-_", "a.b", "a.b.c.d", ".b.c", "a..c", "a.b.", "", "...",
            "a.b.c ", "a.b.c=", "a+b.c.d", "ä.b.c", "a.b.c\n", "abc", "a.b.c.", "0.1.2"};
        for (String token : tokens) {
            assertThat(BearerTokens.compactJws(token)).as(token).isEqualTo(JWS.matcher(token).matches());
        }
    }

    @Test
    void aSignedTokenIsWellFormedAndGarbageIsNot() {
        assertThat(BearerTokens.wellFormed("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")).isTrue();
        assertThat(BearerTokens.wellFormed("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0")).isFalse();
        assertThat(BearerTokens.wellFormed("Bearer not a token")).isFalse();
    }
}
