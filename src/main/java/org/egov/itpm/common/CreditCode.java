package org.egov.itpm.common;

/**
 * 统一社会信用代码 per GB 32100-2015: 18 characters from {@code 0-9 A-H J-N P-R T U W-Y} (no I, O, S, V, Z); the
 * 18th is a check character over the first 17 (weights 3^i mod 31, check = (31 − Σ mod 31) mod 31).
 */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** The result of checking a code: its shape, then its check character. */
    public enum Check { MALFORMED, CHECK_CHARACTER_MISMATCH, VALID }

    private CreditCode() {
    }

    public static Check check(String code) {
        if (code == null || code.length() != 18) {
            return Check.MALFORMED;
        }
        int sum = 0;
        for (int i = 0; i < 18; i++) {
            int value = ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return Check.MALFORMED;
            }
            if (i < 17) {
                sum += value * WEIGHTS[i];
            }
        }
        char expected = ALPHABET.charAt((31 - sum % 31) % 31);
        return code.charAt(17) == expected ? Check.VALID : Check.CHECK_CHARACTER_MISMATCH;
    }
}
