package org.egov.itpm.platform.exchange.pull;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A kept tag is reused only for the same bytes; any other page is hashed, so every tag is its bytes' SHA-256. */
class PageTagsTest {

    private final PageTags tags = new PageTags();

    @Test
    void shouldTagWithTheFirstHalfOfTheSha256OfTheTaggedBytes() {
        byte[] abc = bytes("abc,\"watermark\":1");
        assertThat(tags.tag("r", abc, 3)).isEqualTo("\"ba7816bf8f01cfea414140de5dae2223\"");
    }

    @Test
    void shouldGiveAnIdenticalPageTheSameTagAndAChangedPageItsOwn() {
        String first = tags.tag("r", bytes("{\"items\":[1,2],\"hasMore\":false,w1"), 31);
        assertThat(tags.tag("r", bytes("{\"items\":[1,2],\"hasMore\":false,w2"), 31)).isEqualTo(first);
        byte[] changed = bytes("{\"items\":[1,3],\"hasMore\":false,w3");
        assertThat(tags.tag("r", changed, 31)).isNotEqualTo(first).isEqualTo(PageTags.sha256(changed, 31));
        byte[] longer = bytes("{\"items\":[1,2],\"hasMore\":false,w1");
        assertThat(tags.tag("r", longer, 32)).isEqualTo(PageTags.sha256(longer, 32)).isNotEqualTo(first);
    }

    @Test
    void shouldStayCorrectPastItsBounds() {
        for (int i = 0; i < PageTags.MAX_ENTRIES * 3; i++) {
            byte[] page = bytes("page " + i);
            assertThat(tags.tag("r" + i % (PageTags.MAX_ENTRIES + 1), page, page.length))
                    .isEqualTo(PageTags.sha256(page, page.length));
        }
        byte[] big = new byte[(int) PageTags.MAX_BYTES + 1];
        assertThat(tags.tag("big", big, big.length)).isEqualTo(PageTags.sha256(big, big.length));
        byte[] changed = big.clone();
        changed[big.length - 1] = 1;
        assertThat(tags.tag("big", changed, big.length)).isEqualTo(PageTags.sha256(changed, big.length));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
