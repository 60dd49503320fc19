package org.egov.itpm.ledger.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.egov.itpm.ledger.export.LedgerColumns;
import org.egov.itpm.ledger.export.SheetWriter.Column;
import org.egov.itpm.ledger.export.TemplateFormat;

/**
 * Reads an uploaded ledger workbook after the file checks (size, zip limits): the template marker and version, the
 * key row of each sheet, and the data rows. Problems found here stop the import before any row is applied.
 */
final class ImportWorkbook {

    final List<ImportRow> projects = new ArrayList<>();
    final List<ImportRow> acts = new ArrayList<>();
    final List<ImportRow> approvals = new ArrayList<>();
    final List<ImportRow> contracts = new ArrayList<>();
    final List<ImportRow> funding = new ArrayList<>();

    int rows() {
        return projects.size() + acts.size() + approvals.size() + contracts.size() + funding.size();
    }

    static ImportWorkbook read(byte[] file, long maxBytes, int maxRows, Problems problems) {
        ImportWorkbook result = new ImportWorkbook();
        if (file.length > maxBytes) {
            problems.file("IMPORT_FILE_TOO_LARGE", "the file has " + file.length + " bytes; at most " + maxBytes,
                    "文件大小为 " + file.length + " 字节，上限为 " + maxBytes + " 字节");
            return result;
        }
        if (!ReadableWorkbook.isOOXMLZipHeader(file)) {
            problems.file("IMPORT_NOT_XLSX", "the file is not an XLSX workbook", "文件不是XLSX表格");
            return result;
        }
        String[] bomb = ZipGuard.check(file);
        if (bomb != null) {
            problems.file(bomb[0], bomb[1], bomb[2]);
            return result;
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file), new ReadingOptions(true, false))) {
            if (!marked(wb)) {
                problems.file("IMPORT_WRONG_TEMPLATE", "this is not the egov-itpm ledger template version "
                        + TemplateFormat.VERSION + " (sheet " + TemplateFormat.MARKER_SHEET + ", cells A1:B1); download"
                        + " the template again", "不是 egov-itpm 台账模板第" + TemplateFormat.VERSION + "版（"
                        + TemplateFormat.MARKER_SHEET + "工作表A1:B1），请重新下载模板");
                return result;
            }
            int[] count = {0};
            read(wb, LedgerColumns.SHEET, LedgerColumns.PROJECT, result.projects, problems, count, maxRows);
            read(wb, TemplateFormat.ACT_SHEET, TemplateFormat.ACT, result.acts, problems, count, maxRows);
            read(wb, TemplateFormat.APPROVAL_SHEET, TemplateFormat.APPROVAL, result.approvals, problems, count, maxRows);
            read(wb, TemplateFormat.CONTRACT_SHEET, TemplateFormat.CONTRACT, result.contracts, problems, count, maxRows);
            read(wb, TemplateFormat.FUNDING_SHEET, TemplateFormat.FUNDING, result.funding, problems, count, maxRows);
        } catch (IOException | RuntimeException e) {
            problems.file("IMPORT_NOT_XLSX", "the workbook cannot be read", "无法读取该表格");
        }
        return result;
    }

    private static boolean marked(ReadableWorkbook wb) throws IOException {
        Optional<Sheet> sheet = wb.findSheet(TemplateFormat.MARKER_SHEET);
        if (sheet.isEmpty()) {
            return false;
        }
        try (Stream<Row> rows = sheet.get().openStream()) {
            Row first = rows.findFirst().orElse(null);
            return first != null && TemplateFormat.TEMPLATE_ID.equals(first.getCellText(0))
                    && TemplateFormat.VERSION.equals(first.getCellText(1));
        }
    }

    private static void read(ReadableWorkbook wb, String name, List<Column> columns, List<ImportRow> into,
                             Problems problems, int[] count, int maxRows) throws IOException {
        Optional<Sheet> sheet = wb.findSheet(name);
        if (sheet.isEmpty()) {
            return;
        }
        try (Stream<Row> rows = sheet.get().openStream()) {
            Map<String, Integer> at = new HashMap<>();
            for (Row r : (Iterable<Row>) rows::iterator) {
                if (r.getRowNum() == 1) {
                    continue;
                }
                if (r.getRowNum() == 2) {
                    for (int c = 0; c < r.getCellCount(); c++) {
                        at.put(r.getCellText(c).strip(), c);
                    }
                    for (Column col : columns) {
                        if (!at.containsKey(col.key())) {
                            problems.cell(name, 2, col.key(), "IMPORT_MISSING_COLUMN", "the column " + col.key()
                                    + " (" + col.zh() + ") is missing from row 2", "第2行缺少字段 " + col.key() + "（"
                                    + col.zh() + "）");
                        }
                    }
                    continue;
                }
                Map<String, Cell> cells = new HashMap<>();
                for (Column col : columns) {
                    Integer c = at.get(col.key());
                    cells.put(col.key(), c == null || c >= r.getCellCount() ? null : r.getCell(c));
                }
                ImportRow row = new ImportRow(name, r.getRowNum(), cells, problems);
                if (row.blank()) {
                    continue;
                }
                if (++count[0] > maxRows) {
                    problems.file("IMPORT_TOO_MANY_ROWS", "the file has more than " + maxRows + " rows",
                            "文件超过 " + maxRows + " 行");
                    return;
                }
                into.add(row);
            }
        }
    }
}
