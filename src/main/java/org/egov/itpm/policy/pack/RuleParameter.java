package org.egov.itpm.policy.pack;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.Collection;
import java.util.List;

/**
 * One parameter of a rule as data. {@code value} is canonical (plain decimals, ISO day of year, constant names);
 * a LIST has its items in {@code values} and their count in {@code value}. {@code unit} is null when the kind says
 * it all.
 */
public record RuleParameter(String name, ParameterKind kind, String value, List<String> values, String unit) {

    public RuleParameter {
        values = values == null ? List.of() : List.copyOf(values);
    }

    static RuleParameter amount(String name, BigDecimal cny) {
        return new RuleParameter(name, ParameterKind.AMOUNT, plain(cny), List.of(), "CNY");
    }

    static RuleParameter percent(String name, BigDecimal percent) {
        return new RuleParameter(name, ParameterKind.PERCENT, plain(percent), List.of(), "%");
    }

    static RuleParameter workingDays(String name, int days) {
        return new RuleParameter(name, ParameterKind.WORKING_DAYS, String.valueOf(days), List.of(), "working day");
    }

    static RuleParameter months(String name, int months) {
        return new RuleParameter(name, ParameterKind.MONTHS, String.valueOf(months), List.of(), "month");
    }

    static RuleParameter years(String name, int years) {
        return new RuleParameter(name, ParameterKind.YEARS, String.valueOf(years), List.of(), "year");
    }

    static RuleParameter count(String name, int count) {
        return new RuleParameter(name, ParameterKind.COUNT, String.valueOf(count), List.of(), null);
    }

    static RuleParameter dayOfYear(String name, MonthDay day) {
        return new RuleParameter(name, ParameterKind.DAY_OF_YEAR, day.toString(), List.of(), null);
    }

    static RuleParameter stage(String name, Enum<?> stage) {
        return new RuleParameter(name, ParameterKind.STAGE, stage.name(), List.of(), null);
    }

    static RuleParameter code(String name, String constant) {
        return new RuleParameter(name, ParameterKind.CODE, constant, List.of(), null);
    }

    static RuleParameter list(String name, Collection<?> items) {
        var names = items.stream().map(i -> i instanceof Enum<?> e ? e.name() : String.valueOf(i));
        List<String> ordered = items instanceof List<?> ? names.toList() : names.sorted().toList(); // sets: stable order
        return new RuleParameter(name, ParameterKind.LIST, String.valueOf(ordered.size()), ordered, null);
    }

    static RuleParameter flag(String name, boolean value) {
        return new RuleParameter(name, ParameterKind.BOOLEAN, String.valueOf(value), List.of(), null);
    }

    static RuleParameter text(String name, String text) {
        return new RuleParameter(name, ParameterKind.TEXT, text, List.of(), null);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
