package org.egov.itpm.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UserPagesTest {

    private final List<int[]> requests = new ArrayList<>();

    /** A Keycloak listing of {@code total} users named u000…, answering offsets like the admin API. */
    private UserPages.Reader listing(int total) {
        return (first, max) -> {
            requests.add(new int[] {first, max});
            return IntStream.range(first, Math.min(total, first + max)).mapToObj(UserPagesTest::user).toList();
        };
    }

    private static JsonNode user(int i) {
        return JsonNodeFactory.instance.objectNode().put("username", String.format("u%03d", i)).put("n", i);
    }

    @Test
    void readsEveryPageUntilAShortOne() throws Exception {
        List<String> names = UserPages.readAll(listing(1_234), u -> u.path("username").asText(), 500, 10_000, "experts");

        assertThat(names).hasSize(1_234).startsWith("u000", "u001").endsWith("u1233").doesNotHaveDuplicates();
        assertThat(requests).extracting(r -> r[0]).containsExactly(0, 500, 1_000);
        assertThat(requests).extracting(r -> r[1]).containsOnly(500);
    }

    @Test
    void aListingOfWholePagesEndsWithAnEmptyPage() throws Exception {
        assertThat(UserPages.readAll(listing(1_000), u -> u, 500, 10_000, "experts")).hasSize(1_000);
        assertThat(requests).extracting(r -> r[0]).containsExactly(0, 500, 1_000);
    }

    @Test
    void aUserListedOnTwoPagesIsKeptOnce() throws Exception {
        // a user added between two requests shifts the listing: the next page repeats the previous page's last user
        UserPages.Reader shifting = (first, max) -> first == 0 ? List.of(user(0), user(1))
                : first == 2 ? List.of(user(1), user(2)) : List.of();

        assertThat(UserPages.readAll(shifting, u -> u.path("n").asInt(), 2, 100, "experts")).containsExactly(0, 1, 2);
    }

    @Test
    void aListingLongerThanTheBoundIsRefusedNotCut() {
        assertThatThrownBy(() -> UserPages.readAll(listing(10_001), u -> u, 500, 10_000, "holders of role expert"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("more than 10000 holders of role expert")
                .hasMessageContaining("ITPM_DIRECTORY_MAX_USERS");
        assertThat(requests).hasSize(21);
    }

    @Test
    void aListingThatNeverEndsIsRefused() {
        UserPages.Reader sameFullPage = (first, max) -> List.of(user(0), user(1));

        assertThatThrownBy(() -> UserPages.readAll(sameFullPage, u -> u, 2, 10, "experts"))
                .isInstanceOf(IOException.class).hasMessageContaining("did not end");
    }

    @Test
    void exactlyTheBoundIsRead() throws Exception {
        assertThat(UserPages.readAll(listing(10_000), u -> u, 500, 10_000, "experts")).hasSize(10_000);
    }
}
