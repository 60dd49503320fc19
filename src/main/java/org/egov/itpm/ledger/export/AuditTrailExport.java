package org.egov.itpm.ledger.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.egov.itpm.audit.AuditEvent;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.ledger.job.JobHandler;
import org.egov.itpm.ledger.job.LedgerJob;
import org.egov.itpm.ledger.job.LedgerJobKind;
import org.egov.itpm.ledger.export.SheetWriter.Column;

/**
 * The audit trail of one project, or of a region and period, as XLSX or CSV for auditors. The scope was checked when
 * the job was started (a project in scope; a region within the requester's jurisdiction); rows stream by id pages.
 */
@ApplicationScoped
public class AuditTrailExport implements JobHandler {

    static final int PAGE = 500;
    static final List<Column> COLUMNS = List.of(new Column("序号", "id"), new Column("项目", "projectId"),
            new Column("对象", "entity"), new Column("对象编号", "entityId"), new Column("操作", "action"),
            new Column("操作人", "actor"), new Column("时间（UTC）", "at"), new Column("详情", "details"));
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final AuditService audit;

    @Inject
    public AuditTrailExport(AuditService audit) {
        this.audit = audit;
    }

    @Override
    public LedgerJobKind kind() {
        return LedgerJobKind.AUDIT_EXPORT;
    }

    @Override
    public Outcome run(LedgerJob job, Progress progress) throws Exception {
        UUID projectId = job.params.get("projectId") == null ? null : UUID.fromString((String) job.params.get("projectId"));
        String prefix = (String) job.params.get("regionPrefix");
        Instant from = job.params.get("from") == null ? Instant.EPOCH : Instant.parse((String) job.params.get("from"));
        Instant to = job.params.get("to") == null ? Instant.parse("9999-01-01T00:00:00Z")
                : Instant.parse((String) job.params.get("to"));
        boolean csv = "CSV".equals(job.params.get("format"));
        Path file = Files.createTempFile("audit-", csv ? ".csv" : ".xlsx");
        int rows = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            Rows sink = csv ? csv(out) : xlsx(out);
            long after = 0;
            while (true) {
                long cursor = after;
                List<AuditEvent> page = QuarkusTransaction.requiringNew().call(() -> audit.page(projectId, prefix,
                        from, to, cursor, PAGE));
                for (AuditEvent e : page) {
                    sink.row(List.of(e.id, e.projectId == null ? "" : e.projectId.toString(), e.entity, e.entityId,
                            e.action, e.actor, e.at.toString(), MAPPER.writeValueAsString(e.details)));
                    rows++;
                }
                progress.report(rows, null);
                if (page.size() < PAGE) {
                    break;
                }
                after = page.get(page.size() - 1).id;
            }
            sink.finish();
        }
        String name = "审计轨迹-audit-trail" + (csv ? ".csv" : ".xlsx");
        return Outcome.file(file, name, csv ? "text/csv; charset=UTF-8" : LedgerExport.XLSX, rows);
    }

    private interface Rows {
        void row(List<Object> values) throws Exception;

        void finish() throws Exception;
    }

    private static Rows xlsx(OutputStream out) throws Exception {
        Workbook wb = new Workbook(out, "egov-itpm", "1.0");
        SheetWriter sheet = new SheetWriter(wb.newWorksheet("审计轨迹"), COLUMNS);
        return new Rows() {
            public void row(List<Object> values) throws Exception {
                sheet.row(values);
            }

            public void finish() throws Exception {
                wb.finish();
            }
        };
    }

    /** RFC 4180 CSV with a UTF-8 BOM (spreadsheet programs then read Chinese correctly), text neutralised. */
    private static Rows csv(OutputStream out) throws Exception {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        w.write(String.join(",", COLUMNS.stream().map(Column::key).toList()));
        w.write("\r\n");
        return new Rows() {
            public void row(List<Object> values) throws Exception {
                List<String> cells = new ArrayList<>();
                for (Object v : values) {
                    String text = v instanceof Number ? v.toString() : SafeCells.neutralise(String.valueOf(v));
                    cells.add("\"" + text.replace("\"", "\"\"") + "\"");
                }
                w.write(String.join(",", cells));
                w.write("\r\n");
            }

            public void finish() throws Exception {
                w.flush();
            }
        };
    }
}
