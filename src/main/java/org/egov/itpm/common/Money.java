package org.egov.itpm.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** CNY amounts: BigDecimal with 2 decimals, never negative, at most 14 integer digits (numeric(16,2)). */
public final class Money {

    private static final BigDecimal MAX = new BigDecimal("99999999999999.99");
    private static final int MAX_INTEGER_DIGITS = 14;

    private Money() {
    }

    /** What is wrong with an amount, or empty when it is a valid CNY amount (null counts as valid). */
    public static Optional<Text> check(BigDecimal amount) {
        if (amount == null) {
            return Optional.empty();
        }
        if (amount.signum() < 0) {
            return Optional.of(new Text("must not be negative", "不得为负数"));
        }
        // Judged on precision and scale first: comparing or rescaling 1E+1000000 builds a million-digit number and
        // holds a core for minutes; its digit count alone says it is too large.
        if (amount.signum() != 0 && amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            return Optional.of(new Text("is too large", "金额过大"));
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return Optional.of(new Text("must have at most 2 decimals (CNY fen)", "最多保留两位小数（分）"));
        }
        if (amount.compareTo(MAX) > 0) {
            return Optional.of(new Text("is too large", "金额过大"));
        }
        return Optional.empty();
    }

    public static BigDecimal cny(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** 万元 (ten thousand CNY), as the national platform exchanges amounts, to 6 decimals. */
    public static BigDecimal toWan(BigDecimal amount) {
        return amount == null ? null : amount.movePointLeft(4).setScale(6, RoundingMode.HALF_UP);
    }
}
