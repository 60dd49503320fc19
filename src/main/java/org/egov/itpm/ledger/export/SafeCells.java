package org.egov.itpm.ledger.export;

/**
 * Spreadsheet formula injection: a text cell starting with {@code = + - @} (or a tab / carriage return before one)
 * is run as a formula by spreadsheet programs. Exports prefix such text with {@code '}, which shows it as text.
 */
public final class SafeCells {

    private SafeCells() {
    }

    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    public static String neutralise(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }

    /** The text a neutralised cell stood for (exports read back by the import). */
    public static String restore(String text) {
        return text != null && text.length() > 1 && text.charAt(0) == '\'' && looksLikeFormula(text.substring(1))
                ? text.substring(1) : text;
    }
}
