package org.egov.itpm.ledger.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.egov.itpm.acceptance.AcceptanceService;
import org.egov.itpm.acceptance.AcceptanceState;
import org.egov.itpm.approval.ApprovalService;
import org.egov.itpm.contract.ContractService;
import org.egov.itpm.funding.FundingService;
import org.egov.itpm.ledger.export.SheetWriter.Column;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.project.ProjectView;
import org.egov.itpm.project.StageTransition;

/**
 * The sheets of the ledger export beside 项目台账: the acts (行为), approvals (批复), contracts (合同) and funding
 * entries (资金) of one page of exported projects, in the columns the import reads, so an export can be imported
 * again. Each project is named by its 项目代码, else its local code (the import's natural key).
 */
@ApplicationScoped
public class RecordSheets {

    /** A sheet: its name, its columns and its rows for a page of projects (read in the caller's transaction). */
    public record RecordSheet(String name, List<Column> columns, Function<List<ProjectView>, List<List<Object>>> rows) {
    }

    private final ProjectService projects;
    private final AcceptanceService acceptance;
    private final ApprovalService approvals;
    private final ContractService contracts;
    private final FundingService funding;

    @Inject
    public RecordSheets(ProjectService projects, AcceptanceService acceptance, ApprovalService approvals,
                        ContractService contracts, FundingService funding) {
        this.projects = projects;
        this.acceptance = acceptance;
        this.approvals = approvals;
        this.contracts = contracts;
        this.funding = funding;
    }

    public List<RecordSheet> sheets() {
        return List.of(new RecordSheet(TemplateFormat.ACT_SHEET, TemplateFormat.ACT, this::acts),
                new RecordSheet(TemplateFormat.APPROVAL_SHEET, TemplateFormat.APPROVAL, this::approvals),
                new RecordSheet(TemplateFormat.CONTRACT_SHEET, TemplateFormat.CONTRACT, this::contracts),
                new RecordSheet(TemplateFormat.FUNDING_SHEET, TemplateFormat.FUNDING, this::funding));
    }

    static String key(ProjectView p) {
        return p.nationalCode() != null ? p.nationalCode() : p.localCode();
    }

    /** Every recorded act by legal date: the stage moves, completion and the acceptance application. */
    private List<List<Object>> acts(List<ProjectView> page) {
        List<UUID> ids = page.stream().map(ProjectView::id).toList();
        Map<UUID, List<StageTransition>> history = projects.historyOf(ids);
        Map<UUID, AcceptanceState> states = acceptance.statesOf(ids);
        List<List<Object>> rows = new ArrayList<>();
        for (ProjectView p : page) {
            List<List<Object>> own = new ArrayList<>();
            for (StageTransition t : history.getOrDefault(p.id(), List.of())) {
                if (t.toStage != Stage.DRAFT) {
                    own.add(Arrays.asList(key(p), ActKind.of(t.fromStage, t.toStage).name(), t.effectiveOn, t.reason));
                }
            }
            AcceptanceState s = states.get(p.id());
            if (s != null && s.completedOn() != null) {
                own.add(Arrays.asList(key(p), ActKind.COMPLETED.name(), s.completedOn(), null));
            }
            if (s != null && s.appliedOn() != null) {
                own.add(Arrays.asList(key(p), ActKind.ACCEPTANCE_APPLIED.name(), s.appliedOn(), null));
            }
            own.sort(Comparator.comparing(r -> (LocalDate) r.get(2), Comparator.nullsFirst(Comparator.naturalOrder())));
            rows.addAll(own);
        }
        return rows;
    }

    private List<List<Object>> approvals(List<ProjectView> page) {
        return perProject(page, approvals::byProjects, (p, a) -> Arrays.asList(key(p), a.kind.name(), a.documentNumber,
                a.approvedOn, a.approvedAmount, a.issuingBody));
    }

    private List<List<Object>> contracts(List<ProjectView> page) {
        return perProject(page, contracts::byProjects, (p, c) -> Arrays.asList(key(p), c.kind.name(), c.title,
                c.supplierName, c.supplierCreditCode, c.awardNoticeOn, c.signedOn, c.filedOn, c.amount,
                c.implementationMonths, c.warrantyMonths, c.ipOwner == null ? null : c.ipOwner.name(),
                c.clauses().isEmpty() ? null : String.join(",", c.clauses().stream().map(Enum::name).sorted().toList())));
    }

    private List<List<Object>> funding(List<ProjectView> page) {
        return perProject(page, funding::byProjects, (p, f) -> Arrays.asList(key(p), f.year, f.kind.name(), f.amount,
                f.documentNumber));
    }

    /** One row per record of each project of the page, in the page's order. */
    private static <T> List<List<Object>> perProject(List<ProjectView> page,
                                                     Function<List<UUID>, Map<UUID, List<T>>> read,
                                                     BiFunction<ProjectView, T, List<Object>> row) {
        Map<UUID, List<T>> all = read.apply(page.stream().map(ProjectView::id).toList());
        List<List<Object>> rows = new ArrayList<>();
        for (ProjectView p : page) {
            for (T record : all.getOrDefault(p.id(), List.of())) {
                rows.add(row.apply(p, record));
            }
        }
        return rows;
    }
}
