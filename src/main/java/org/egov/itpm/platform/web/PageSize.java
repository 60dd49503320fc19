package org.egov.itpm.platform.web;

import org.egov.itpm.common.InvalidInputException;

/**
 * A {@code limit} query parameter, taken as text: a JAX-RS Integer parameter that is not a number answers 404 (the
 * specification's rule for query parameters), which tells the client nothing; here it is INVALID_PAGE_SIZE.
 */
public final class PageSize {

    private PageSize() {
    }

    public static int parse(String raw, int defaultSize, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultSize;
        }
        int size;
        try {
            size = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            size = -1;
        }
        if (size < 1 || size > max) {
            throw InvalidInputException.of("limit", "INVALID_PAGE_SIZE", "must be a whole number between 1 and " + max,
                    "须为1至" + max + "之间的整数");
        }
        return size;
    }
}
