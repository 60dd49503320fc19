package org.egov.itpm.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a Keycloak user listing page by page until a short page, one entry per username, each user kept in the form
 * the caller needs (not the full representation). A listing beyond {@code maxUsers} is refused rather than cut: a
 * draw over part of the expert pool, or reminders to part of the staff, would be wrong without saying so.
 */
final class UserPages {

    /** One page of a listing: at most {@code max} users from offset {@code first}. */
    interface Reader {
        List<JsonNode> read(int first, int max) throws IOException, InterruptedException;
    }

    private UserPages() {
    }

    static <T> List<T> readAll(Reader reader, Function<JsonNode, T> as, int pageSize, int maxUsers, String what)
            throws IOException, InterruptedException {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive: " + pageSize);
        }
        Map<String, T> byUsername = new LinkedHashMap<>();
        for (int first = 0; first <= maxUsers; first += pageSize) {
            List<JsonNode> page = reader.read(first, pageSize);
            for (JsonNode user : page) {
                byUsername.putIfAbsent(user.path("username").asText(), as.apply(user));
            }
            if (byUsername.size() > maxUsers) {
                throw new IOException("more than " + maxUsers + " " + what + " in Keycloak: the listing was not used"
                        + " (raise ITPM_DIRECTORY_MAX_USERS)");
            }
            if (page.size() < pageSize) {
                return List.copyOf(byUsername.values());
            }
        }
        throw new IOException("the listing of " + what + " did not end after " + maxUsers + " users: not used");
    }
}
