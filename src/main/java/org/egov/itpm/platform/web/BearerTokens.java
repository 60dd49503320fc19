package org.egov.itpm.platform.web;

import java.util.Base64;
import java.util.regex.Pattern;

/** The shape of an Authorization header carrying a signed JWT (RFC 6750, RFC 7515 compact form), nothing more. */
final class BearerTokens {

    private static final Pattern JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    private static final int MAX_LENGTH = 16_384;

    private BearerTokens() {
    }

    /**
     * A well-formed token whose {@code exp} claim lies before {@code now}: no verification can accept it, so it is
     * refused before the OIDC layer, with a coded body. Reads the claim only; it never trusts a token.
     */
    static boolean expired(String authorization, java.time.Instant now) {
        String token = authorization.substring(7).trim();
        int first = token.indexOf('.');
        int second = token.indexOf('.', first + 1);
        try {
            String payload = new String(Base64.getUrlDecoder().decode(token.substring(first + 1, second)),
                    java.nio.charset.StandardCharsets.UTF_8);
            var matcher = EXP.matcher(payload);
            return matcher.find() && matcher.group(1).length() < 12
                    && Long.parseLong(matcher.group(1)) < now.getEpochSecond();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static final Pattern EXP = Pattern.compile("\"exp\"\\s*:\\s*(\\d+)");

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
