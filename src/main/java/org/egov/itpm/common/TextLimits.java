package org.egov.itpm.common;

/**
 * The longest text and the largest list any input may carry, by kind of field (issue #14). The API contracts show
 * them ({@code @constraint(maxLength: N)} in schema/itpm.graphql, {@code maxLength}/{@code maxItems} in
 * schema/openapi.yaml, both generated from {@code @Size(max = TextLimits.X)}); the service refuses longer input as
 * INVALID_INPUT with field code TOO_LONG or TOO_MANY_ITEMS before it writes anything; the database's check
 * constraints (V90) are the backstop. Limits count characters (Unicode code points). docs/errors.md "Limits".
 */
public final class TextLimits {

    /** Codes and identifiers: pack ids, region and finding codes, articles, ids given as text. */
    public static final int CODE = 64;
    /** Names and titles: project and contract names, issuing bodies, document numbers, references. */
    public static final int NAME = 200;
    /** A file name or a media type of a document. */
    public static final int FILE_NAME = 255;
    /** An opaque page cursor issued by the service. */
    public static final int CURSOR = 512;
    /** Short texts: notes. */
    public static final int SHORT_TEXT = 1_000;
    /** Reasons, orders' texts and quotes. */
    public static final int REASON = 2_000;
    /** Long texts: descriptions, opinions, conclusions, summaries, plans. */
    public static final int LONG_TEXT = 20_000;
    /** A policy pack or holiday year definition (JSON), uploaded by an administrator. */
    public static final int DEFINITION = 1_000_000;
    /** A document's content in base64: 4/3 of the largest document (ITPM_DOCUMENT_MAX_BYTES, 20 MiB). */
    public static final int CONTENT_BASE64 = 27_962_028;
    /** Items of a list argument: ids, usernames, stages, clauses. */
    public static final int ITEMS = 100;
    /** Each text inside a list (an id, a username; Keycloak usernames as stored elsewhere, varchar(100)). */
    public static final int ITEM = 100;
    /** A URL (webhook). */
    public static final int URL = 2_000;

    private TextLimits() {
    }

    /** Whether the text is longer than {@code max} characters (code points; UTF-16 length is the quick upper bound). */
    public static boolean tooLong(String value, int max) {
        return value != null && value.length() > max && value.codePointCount(0, value.length()) > max;
    }

    public static FieldError tooLongError(String field, int max) {
        return new FieldError(field, "TOO_LONG", new Text("must be at most " + max + " characters",
                "最多" + max + "个字符"));
    }

    public static FieldError tooManyError(String field, int max) {
        return new FieldError(field, "TOO_MANY_ITEMS", new Text("must have at most " + max + " items",
                "最多" + max + "项"));
    }

    /** Refuses a text over the limit with TOO_LONG naming the field. */
    public static String require(String field, String value, int max) {
        if (tooLong(value, max)) {
            throw new InvalidInputException(java.util.List.of(tooLongError(field, max)));
        }
        return value;
    }

    /** The first characters of a client's value, for an error message that echoes it. */
    public static String excerpt(String value) {
        return value == null || value.length() <= 80 ? value : value.substring(0, 80) + "…";
    }
}
