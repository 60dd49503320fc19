package org.egov.itpm.ledger.job;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} for a file name in any script (RFC 6266): {@code filename*} carries the
 * exact UTF-8 name (RFC 5987 percent-encoding), {@code filename} an ASCII fallback for clients without it.
 */
final class ContentDisposition {

    private static final String ATTR_CHAR_PUNCTUATION = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    static String attachment(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** The name without non-ASCII text or controls, quotes made safe: 台账-ledger-1.xlsx → ledger-1.xlsx. */
    static String asciiFallback(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]+", "").replaceAll("[\"\\\\]", "_")
                .replaceAll("^[-_ ]+", "");
        return ascii.isBlank() || ascii.startsWith(".") ? "download" + ascii.strip() : ascii;
    }

    /** RFC 5987 value-chars: attr-char as is, every other UTF-8 byte as %XX. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHAR_PUNCTUATION.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }
}
