package org.egov.itpm.ledger.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.egov.itpm.common.Money;
import org.egov.itpm.ledger.export.SafeCells;

/**
 * One data row of an import sheet, read by column key. Every accessor checks its cell and records a coded problem at
 * the cell (and returns null) when it is not acceptable: formulas, text a spreadsheet would run as a formula, text
 * over its maximum length, malformed dates, amounts and values outside a list.
 */
final class ImportRow {

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    final String sheet;
    final int row;
    private final Map<String, Cell> cells;
    private final Problems problems;

    ImportRow(String sheet, int row, Map<String, Cell> cells, Problems problems) {
        this.sheet = sheet;
        this.row = row;
        this.cells = cells;
        this.problems = problems;
    }

    boolean blank() {
        return cells.values().stream().allMatch(c -> c == null || (c.getFormula() == null
                && (c.getType() == CellType.EMPTY || c.getText() == null || c.getText().isBlank())));
    }

    /** Text of at most {@code max} characters; a neutralised {@code '=…} from an export is read as its text. */
    String text(String key, int max, boolean required) {
        Cell c = cells.get(key);
        if (c != null && (c.getType() == CellType.FORMULA || c.getFormula() != null)) {
            problem(key, "IMPORT_FORMULA", "is a formula; enter the value itself", "为公式，请直接填写数值");
            return null;
        }
        if (c == null || c.getType() == CellType.EMPTY || c.getText() == null || c.getText().isBlank()) {
            if (required) {
                problem(key, "REQUIRED", "is required", "必填");
            }
            return null;
        }
        String raw = c.getType() == CellType.NUMBER ? c.asNumber().stripTrailingZeros().toPlainString() : c.getText();
        String text = raw.strip();
        if (c.getType() != CellType.NUMBER && SafeCells.looksLikeFormula(text)) {
            problem(key, "IMPORT_FORMULA_TEXT", "starts with = + - or @, which a spreadsheet runs as a formula",
                    "以 = + - 或 @ 开头，表格软件会将其作为公式执行");
            return null;
        }
        text = SafeCells.restore(text);
        if (text.length() > max) {
            problem(key, "TOO_LONG", "is longer than " + max + " characters", "超过 " + max + " 个字符");
            return null;
        }
        if (text.indexOf('\0') >= 0) {
            problem(key, "INVALID_TEXT", "contains a NUL character", "包含空字符");
            return null;
        }
        return text;
    }

    LocalDate date(String key, boolean required) {
        Cell c = cells.get(key);
        if (c != null && c.getFormula() == null && c.getType() == CellType.NUMBER) {
            BigDecimal serial = c.asNumber();
            if (serial.signum() <= 0 || serial.compareTo(BigDecimal.valueOf(2958465)) > 0) {
                problem(key, "INVALID_DATE", "is not a date", "不是有效日期");
                return null;
            }
            return EXCEL_EPOCH.plusDays(serial.longValue());
        }
        String text = text(key, 10, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(key, "INVALID_DATE", "must be a date yyyy-mm-dd", "须为日期（yyyy-mm-dd）");
            return null;
        }
    }

    BigDecimal amount(String key, boolean required) {
        Cell c = cells.get(key);
        BigDecimal value;
        if (c != null && c.getFormula() == null && c.getType() == CellType.NUMBER) {
            value = c.asNumber();
        } else {
            String text = text(key, 20, required);
            if (text == null) {
                return null;
            }
            try {
                value = new BigDecimal(text.replace(",", ""));
            } catch (NumberFormatException e) {
                problem(key, "INVALID_MONEY", "must be an amount in CNY", "须为人民币金额");
                return null;
            }
        }
        var bad = Money.check(value);
        if (bad.isPresent()) {
            problem(key, "INVALID_MONEY", bad.get().en(), bad.get().zh());
            return null;
        }
        return Money.cny(value);
    }

    Integer integer(String key, int min, int max, boolean required) {
        String text = text(key, 10, required);
        if (text == null) {
            return null;
        }
        try {
            int v = Integer.parseInt(text);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problem(key, "INVALID_NUMBER", "must be a whole number from " + min + " to " + max,
                "须为 " + min + " 至 " + max + " 之间的整数");
        return null;
    }

    <E extends Enum<E>> E choice(String key, Class<E> type, boolean required) {
        String text = text(key, 40, required);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            problem(key, "INVALID_CHOICE", "must be one of the template's drop-down values", "须为模板下拉列表中的值");
            return null;
        }
    }

    /** Values of a list, separated by commas (、 and ； too); null when the cell is empty. */
    <E extends Enum<E>> List<E> choices(String key, Class<E> type) {
        String text = text(key, 400, false);
        if (text == null) {
            return null;
        }
        List<E> values = new ArrayList<>();
        for (String part : text.split("[,，、;；]")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                values.add(Enum.valueOf(type, part.strip()));
            } catch (IllegalArgumentException e) {
                problem(key, "INVALID_CHOICE", part.strip() + " is not one of the template's values",
                        part.strip() + " 不是模板规定的值");
                return null;
            }
        }
        return values;
    }

    /** The row records an act the importer's role does not perform. */
    void notYourAct(String key, String en, String zh) {
        problem(key, "IMPORT_ACT_NOT_ALLOWED_FOR_ROLE", en + ", not by your role", zh + "，您的角色不能登记");
    }

    /** The same key twice in one sheet of the file. */
    void duplicate(String key, String value) {
        problem(key, "IMPORT_DUPLICATE_KEY", value + " appears in more than one row of this file",
                value + " 在本文件中出现多次");
    }

    void problem(String key, String code, String en, String zh) {
        problems.cell(sheet, row, key, code, en, zh);
    }
}
