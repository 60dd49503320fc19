package org.egov.itpm.security;

/** GB/T 2260 region arithmetic: province xx0000 ⊃ prefecture xxxx00 ⊃ county xxxxxx. */
public final class RegionCodes {

    private RegionCodes() {
    }

    public static boolean isValid(String code) {
        return code != null && code.matches("\\d{6}");
    }

    /** The prefix every region at or below {@code code} starts with: 370000 → 37, 370800 → 3708, 370881 → 370881. */
    public static String scopePrefix(String code) {
        if (code.endsWith("0000")) {
            return code.substring(0, 2);
        }
        if (code.endsWith("00")) {
            return code.substring(0, 4);
        }
        return code;
    }

    /** The province of a region: 370881 → 370000. */
    public static String province(String code) {
        return code.substring(0, 2) + "0000";
    }

    public static boolean contains(String scopeCode, String regionCode) {
        return regionCode != null && regionCode.startsWith(scopePrefix(scopeCode));
    }
}
