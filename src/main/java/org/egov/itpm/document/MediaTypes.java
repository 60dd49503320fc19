package org.egov.itpm.document;

import java.util.regex.Pattern;

/** Media types as RFC 9110 writes them (type "/" subtype, optional parameters), so a download can always name one. */
final class MediaTypes {

    private static final String TOKEN = "[A-Za-z0-9!#$%&'*+.^_`|~-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile(TOKEN + "/" + TOKEN + "(\\s*;\\s*" + TOKEN
            + "=(" + TOKEN + "|\"[^\"\\\\\\p{Cntrl}]*\"))*");

    private MediaTypes() {
    }

    static boolean isValid(String contentType) {
        return contentType.length() <= 255 && MEDIA_TYPE.matcher(contentType).matches();
    }

    /** What to send for a stored type: older rows may hold a value accepted before types were checked. */
    static String forDownload(String stored) {
        return stored != null && isValid(stored) ? stored : "application/octet-stream";
    }
}
