package org.egov.itpm.ledger.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.egov.itpm.common.BusinessClock;
import org.egov.itpm.compliance.ComplianceService;
import org.egov.itpm.ledger.job.JobHandler;
import org.egov.itpm.ledger.job.LedgerJob;
import org.egov.itpm.ledger.job.LedgerJobKind;
import org.egov.itpm.organisation.Organisation;
import org.egov.itpm.organisation.OrganisationService;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.rules.Deadline;
import org.egov.itpm.policy.rules.DeadlineStatus;
import org.egov.itpm.project.ProjectConnection;
import org.egov.itpm.project.ProjectFilter;
import org.egov.itpm.project.ProjectOrder;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.project.ProjectView;
import org.egov.itpm.project.StageTransition;

/**
 * The ledger (台账) as XLSX, with the filters of the {@code projects} query and the caller's scope: the 项目台账 sheet
 * and the acts, approvals, contracts and funding entries of the same projects ({@link RecordSheets}). Each sheet
 * reads the projects in keyset pages of {@link #PAGE}, each page in its own short transaction, and is written to a
 * temporary file flushed as it goes: memory holds one page, whatever the number of rows.
 */
@ApplicationScoped
public class LedgerExport implements JobHandler {

    static final int PAGE = 100;
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private final ProjectService projects;
    private final OrganisationService organisations;
    private final ComplianceService compliance;
    private final RecordSheets records;
    private final BusinessClock clock;

    @Inject
    public LedgerExport(ProjectService projects, OrganisationService organisations, ComplianceService compliance,
                        RecordSheets records, BusinessClock clock) {
        this.records = records;
        this.clock = clock;
        this.projects = projects;
        this.organisations = organisations;
        this.compliance = compliance;
    }

    @Override
    public LedgerJobKind kind() {
        return LedgerJobKind.LEDGER_EXPORT;
    }

    public static Map<String, Object> params(ProjectFilter filter) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = filter == null ? Map.of() : MAPPER.convertValue(filter, Map.class);
        return Map.of("filter", map);
    }

    @Override
    public Outcome run(LedgerJob job, Progress progress) throws Exception {
        ProjectFilter filter = MAPPER.convertValue(job.params.get("filter"), ProjectFilter.class);
        ProjectOrder order = new ProjectOrder();
        order.direction = ProjectOrder.SortDirection.ASC;
        Path file = Files.createTempFile("ledger-", ".xlsx");
        int total = QuarkusTransaction.requiringNew().call(() -> (int) projects.count(projects.page(filter, 1, null,
                order)));
        ProjectsDone done = new ProjectsDone(progress, total, 1 + records.sheets().size());
        try (OutputStream out = Files.newOutputStream(file); Workbook wb = new Workbook(out, "egov-itpm", "1.0")) {
            TemplateFormat.writeMarker(wb, null); // the export is itself an importable ledger
            SheetWriter ledger = new SheetWriter(wb.newWorksheet(LedgerColumns.SHEET), LedgerColumns.PROJECT);
            pass(filter, order, this::ledgerRows, ledger, done);
            for (RecordSheets.RecordSheet s : records.sheets()) {
                SheetWriter sheet = new SheetWriter(wb.newWorksheet(s.name()), s.columns());
                pass(filter, order, s.rows(), sheet, done);
            }
            wb.finish();
            return Outcome.file(file, "台账-ledger-" + clock.today() + ".xlsx", XLSX,
                    ledger.rowsWritten());
        }
    }

    /**
     * One sheet: the exported projects read again in keyset pages, each page in its own short transaction, its rows
     * written and the sheet finished before the next one starts (a streamed workbook writes one sheet at a time).
     */
    private void pass(ProjectFilter filter, ProjectOrder order, Function<List<ProjectView>, List<List<Object>>> rows,
                      SheetWriter sheet, ProjectsDone done) throws Exception {
        String after = null;
        boolean more = true;
        while (more) {
            String cursor = after;
            Page page = QuarkusTransaction.requiringNew().call(() -> page(filter, cursor, order, rows));
            for (List<Object> row : page.rows()) {
                sheet.row(row);
            }
            after = page.end();
            more = page.hasNext();
            done.read(page.projects());
        }
        sheet.finish();
    }

    private record Page(List<List<Object>> rows, String end, boolean hasNext, int projects) {
    }

    private Page page(ProjectFilter filter, String after, ProjectOrder order,
                      Function<List<ProjectView>, List<List<Object>>> rows) {
        ProjectConnection c = projects.page(filter, PAGE, after, order);
        List<ProjectView> views = c.edges().stream().map(ProjectConnection.ProjectEdge::node).toList();
        return new Page(rows.apply(views), c.pageInfo().endCursor(), c.pageInfo().hasNextPage(), views.size());
    }

    private List<List<Object>> ledgerRows(List<ProjectView> views) {
        List<UUID> ids = views.stream().map(ProjectView::id).toList();
        Map<UUID, Organisation> owners = organisations.byIds(views.stream().map(ProjectView::ownerOrgId).distinct()
                .toList());
        Map<UUID, List<StageTransition>> history = projects.historyOf(ids);
        Map<UUID, ComplianceService.Assessment> assessed = compliance.compute(ids);
        List<List<Object>> rows = new ArrayList<>();
        for (ProjectView p : views) {
            rows.add(row(p, owners.get(p.ownerOrgId()), history.getOrDefault(p.id(), List.of()), assessed.get(p.id())));
        }
        return rows;
    }

    static List<Object> row(ProjectView p, Organisation owner, List<StageTransition> history,
                            ComplianceService.Assessment a) {
        List<Object> row = new ArrayList<>();
        row.add(p.nationalCode());
        row.add(p.localCode());
        row.add(p.name());
        row.add(owner == null ? null : owner.name);
        row.add(owner == null ? null : owner.creditCode);
        row.add(p.regionCode());
        row.add(p.stage().name());
        row.add(p.kind().name());
        row.add(p.fundingSource().name());
        row.add(p.year());
        row.add(p.estimatedInvestment());
        row.add(p.approvedEstimate());
        row.add(dateOf(history, Stage.LIBRARY));
        row.add(dateOf(history, Stage.APPLIED));
        row.add(dateOf(history, Stage.APPROVED));
        row.add(dateOf(history, Stage.CONSTRUCTION));
        row.add(dateOf(history, Stage.FINAL_ACCEPTANCE));
        row.add(a == null ? null : nextDeadline(a.deadlines()));
        row.add(a == null || a.findings().isEmpty() ? null : a.findings().stream()
                .map(f -> f.code() + " (" + f.cite().render() + ")").distinct().collect(Collectors.joining("; ")));
        return row;
    }

    /** The legal date of the latest move into {@code stage}. */
    static LocalDate dateOf(List<StageTransition> history, Stage stage) {
        return history.stream().filter(t -> t.toStage == stage).map(t -> t.effectiveOn).filter(Objects::nonNull)
                .reduce((first, second) -> second).orElse(null);
    }

    static String nextDeadline(List<Deadline> deadlines) {
        return deadlines.stream().filter(d -> d.status() != DeadlineStatus.MET && d.metOn() == null)
                .min(Comparator.comparing(Deadline::due))
                .map(d -> d.due() + " " + d.ruleCode() + " (" + d.cite().render() + ")").orElse(null);
    }
}
