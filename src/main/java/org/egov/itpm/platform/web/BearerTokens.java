package org.egov.itpm.platform.web;

import java.util.Base64;
import java.util.regex.Pattern;

/** The shape of an Authorization header carrying a signed JWT (RFC 6750, RFC 7515 compact form), nothing more. */
final class BearerTokens {

    private static final Pattern JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    private static final int MAX_LENGTH = 16_384;

    private BearerTokens() {
    }

    static boolean wellFormed(String authorization) {
        if (authorization == null || authorization.length() > MAX_LENGTH
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        String token = authorization.substring(7).trim();
        if (!JWS.matcher(token).matches()) {
            return false;
        }
        try {
            String header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                    java.nio.charset.StandardCharsets.UTF_8);
            return header.startsWith("{") && header.contains("\"alg\"");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
