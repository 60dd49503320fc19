package org.egov.itpm.ledger.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.egov.itpm.ledger.export.LedgerColumns;
import org.egov.itpm.ledger.export.SheetWriter;
import org.egov.itpm.ledger.export.TemplateFormat;
import org.egov.itpm.funding.FundingEntry;
import org.egov.itpm.ledger.export.ActKind;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.policy.ContractKind;
import org.egov.itpm.policy.IpOwner;
import org.egov.itpm.policy.FundingSource;
import org.egov.itpm.policy.ProjectKind;
import org.egov.itpm.policy.Stage;

/**
 * The empty import template of a jurisdiction: the 说明 marker, the ledger sheet and the sheets of acts, approvals,
 * contracts and funding entries, with drop-downs (data validation from the hidden 选项 sheet) for stage, project
 * kind, funding source, act, approval, contract and funding kinds and the IP owner.
 */
public final class LedgerTemplate {

    static final int VALIDATED_ROWS = 5000;
    static final String LISTS = "选项";

    private LedgerTemplate() {
    }

    public static byte[] write(String packId) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "egov-itpm", "1.0")) {
            TemplateFormat.writeMarker(wb, packId);
            Worksheet projects = wb.newWorksheet(LedgerColumns.SHEET);
            new SheetWriter(projects, LedgerColumns.PROJECT);
            Worksheet acts = sheet(wb, TemplateFormat.ACT_SHEET, TemplateFormat.ACT);
            Worksheet approvals = sheet(wb, TemplateFormat.APPROVAL_SHEET, TemplateFormat.APPROVAL);
            Worksheet contracts = sheet(wb, TemplateFormat.CONTRACT_SHEET, TemplateFormat.CONTRACT);
            Worksheet funding = sheet(wb, TemplateFormat.FUNDING_SHEET, TemplateFormat.FUNDING);
            Worksheet lists = wb.newWorksheet(LISTS);
            List<String> stages = Arrays.stream(ImportStages.IMPORTABLE).map(Stage::name).toList();
            column(lists, 0, stages);
            column(lists, 1, names(ProjectKind.values()));
            column(lists, 2, names(FundingSource.values()));
            column(lists, 3, names(ApprovalKind.values()));
            column(lists, 4, ActKind.importableNames());
            column(lists, 5, names(ContractKind.values()));
            column(lists, 6, names(IpOwner.values()));
            column(lists, 7, names(FundingEntry.Kind.values()));
            lists.setVisibilityState(org.dhatim.fastexcel.VisibilityState.HIDDEN);
            dropDown(projects, index(LedgerColumns.PROJECT, "stage"), lists, 0, stages.size());
            dropDown(projects, index(LedgerColumns.PROJECT, "kind"), lists, 1, ProjectKind.values().length);
            dropDown(projects, index(LedgerColumns.PROJECT, "fundingSource"), lists, 2, FundingSource.values().length);
            dropDown(approvals, index(TemplateFormat.APPROVAL, "kind"), lists, 3, ApprovalKind.values().length);
            dropDown(acts, index(TemplateFormat.ACT, "kind"), lists, 4, ActKind.importableNames().size());
            dropDown(contracts, index(TemplateFormat.CONTRACT, "kind"), lists, 5, ContractKind.values().length);
            dropDown(contracts, index(TemplateFormat.CONTRACT, "ipOwner"), lists, 6, IpOwner.values().length);
            dropDown(funding, index(TemplateFormat.FUNDING, "kind"), lists, 7, FundingEntry.Kind.values().length);
            wb.finish();
        }
        return out.toByteArray();
    }

    private static Worksheet sheet(Workbook wb, String name, List<SheetWriter.Column> columns) throws IOException {
        Worksheet sheet = wb.newWorksheet(name);
        new SheetWriter(sheet, columns);
        return sheet;
    }

    private static void column(Worksheet sheet, int col, List<String> values) {
        for (int r = 0; r < values.size(); r++) {
            sheet.value(r, col, values.get(r));
        }
    }

    private static void dropDown(Worksheet sheet, int col, Worksheet lists, int listCol, int size) {
        sheet.range(2, col, VALIDATED_ROWS, col).validateWithList(lists.range(0, listCol, size - 1, listCol))
                .allowBlank(true).showDropdown(true).showErrorMessage(true).error("请从下拉列表中选择 / choose from the list");
    }

    private static int index(List<SheetWriter.Column> columns, String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException(key);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
