package org.egov.itpm.platform.web;

import java.util.Base64;
import java.util.regex.Pattern;

/** The shape of an Authorization header carrying a signed JWT (RFC 6750, RFC 7515 compact form), nothing more. */
final class BearerTokens {

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

    /**
     * Three non-empty base64url segments joined by dots. A loop, not a regex: this runs on the event loop for every
     * request, and the regex over a token of some 800 characters was 8 % of the compiled read path's CPU (ADR 0019).
     */
    static boolean compactJws(String token) {
        int dots = 0;
        int segment = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.') {
                if (segment == 0 || ++dots > 2) {
                    return false;
                }
                segment = 0;
            } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '-') {
                segment++;
            } else {
                return false;
            }
        }
        return dots == 2 && segment > 0;
    }

    static boolean wellFormed(String authorization) {
        if (authorization == null || authorization.length() > MAX_LENGTH
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        String token = authorization.substring(7).trim();
        if (!compactJws(token)) {
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
