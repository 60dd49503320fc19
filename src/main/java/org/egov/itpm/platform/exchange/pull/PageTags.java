package org.egov.itpm.platform.exchange.pull;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Strong ETags of pull pages: SHA-256 (first 16 bytes, hex) of the bytes a tag covers. A platform polls the same page
 * until something changes, so the last tag of each page request is kept with the bytes it was computed from, and an
 * identical page (compared byte for byte, some twenty times cheaper than hashing it) gets that tag without hashing.
 * Bounded: all is dropped past {@value #MAX_ENTRIES} requests or {@value #MAX_BYTES} bytes kept.
 */
final class PageTags {

    static final int MAX_ENTRIES = 64;
    static final long MAX_BYTES = 4L << 20;

    private record Tagged(byte[] bytes, int length, String tag) {
    }

    private final Map<String, Tagged> last = new ConcurrentHashMap<>();
    private final AtomicLong kept = new AtomicLong();

    /**
     * The tag of {@code bytes[0, length)}; {@code request} names the page asked for (only to find the last one). The
     * array is kept, not copied: it is a response body, never changed once written.
     */
    String tag(String request, byte[] bytes, int length) {
        Tagged before = last.get(request);
        if (before != null && Arrays.equals(before.bytes, 0, before.length, bytes, 0, length)) {
            return before.tag;
        }
        String tag = sha256(bytes, length);
        if (last.size() >= MAX_ENTRIES || kept.addAndGet(length) > MAX_BYTES) {
            last.clear();
            kept.set(length);
        }
        last.put(request, new Tagged(bytes, length, tag));
        return tag;
    }

    static String sha256(byte[] bytes, int length) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes, 0, length);
            return "\"" + HexFormat.of().formatHex(sha.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
