package org.egov.itpm.ledger.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** File names of downloads per RFC 6266 / 5987: the exact UTF-8 name, and an ASCII fallback. */
class ContentDispositionTest {

    @Test
    void shouldCarryAChineseNameExactlyAndAnAsciiFallback() {
        assertThat(ContentDisposition.attachment("台账-ledger-2026-03-02.xlsx")).isEqualTo("attachment;"
                + " filename=\"ledger-2026-03-02.xlsx\"; filename*=UTF-8''%E5%8F%B0%E8%B4%A6-ledger-2026-03-02.xlsx");
    }

    @Test
    void shouldPercentEncodeEveryByteOutsideAttrChar() {
        String name = "档案 dossier*(1);\"x\".zip";
        String encoded = ContentDisposition.encode(name);
        assertThat(encoded).matches("[A-Za-z0-9!#$&+\\-.^_`|~%]+");
        assertThat(encoded).contains("%20", "%2A", "%28", "%3B", "%22");
        assertThat(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(name);
    }

    @Test
    void shouldKeepTheFallbackQuotableAndNeverEmpty() {
        assertThat(ContentDisposition.asciiFallback("审计轨迹-audit-trail.csv")).isEqualTo("audit-trail.csv");
        assertThat(ContentDisposition.asciiFallback("a\"b\\c.zip")).isEqualTo("a_b_c.zip");
        assertThat(ContentDisposition.asciiFallback("档案.zip")).isEqualTo("download.zip");
    }
}
