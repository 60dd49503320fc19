package org.egov.itpm.policy.pack;

/** Reads a requirement's {@code after}: {@code VALUE} (same kind) or {@code KIND:VALUE}. */
public final class After {

    private After() {
    }

    public static RequirementKind kind(RequirementKind own, String after) {
        int colon = after.indexOf(':');
        if (colon < 0) {
            return own;
        }
        try {
            return RequirementKind.valueOf(after.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static String value(String after) {
        return after.substring(after.indexOf(':') + 1);
    }
}
