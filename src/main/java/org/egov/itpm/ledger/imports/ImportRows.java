package org.egov.itpm.ledger.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.egov.itpm.common.DomainException;
import org.egov.itpm.ledger.export.TemplateFormat;
import org.egov.itpm.ledger.job.JobHandler;
import org.egov.itpm.project.ProjectExchange;

/**
 * Applies the rows of an import, in the caller's transaction, through the services the API uses for each act: the
 * projects first ({@link ProjectRows}: createProject, 入库, 申报), then the acts, approvals, contracts and funding
 * entries of every project in legal order ({@link Timeline}), each by its own operation and only for the role that
 * performs it. A row already on record changes nothing. Every refusal is reported at its sheet, row and column.
 */
@ApplicationScoped
public class ImportRows {

    /** Rows created and rows already present. */
    record Counts(int created, int unchanged) {
    }

    static final int SETTLE_EVERY = 50;

    private final ProjectExchange exchange;
    private final ProjectRows projects;
    private final ActRows acts;
    private final ApprovalRows approvals;
    private final ContractRows contracts;
    private final FundingRows funding;
    private final EntityManager em;

    @Inject
    ImportRows(ProjectExchange exchange, ProjectRows projects, ActRows acts, ApprovalRows approvals,
               ContractRows contracts, FundingRows funding, EntityManager em) {
        this.em = em;
        this.exchange = exchange;
        this.projects = projects;
        this.acts = acts;
        this.approvals = approvals;
        this.contracts = contracts;
        this.funding = funding;
    }

    Counts apply(ImportWorkbook wb, Problems problems, JobHandler.Progress progress) {
        int[] counts = {0, 0};
        Map<String, UUID> byKey = new HashMap<>();
        List<Step> steps = steps(wb);
        Set<String> actKeys = steps.stream().filter(s -> s.row().sheet.equals(TemplateFormat.ACT_SHEET))
                .map(Step::projectKey).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        List<ProjectRows.Claim> claims = new ArrayList<>();
        int done = 0;
        for (ImportRow row : wb.projects) {
            count(projects.apply(row, problems, byKey, seen, actKeys, claims), counts);
            report(progress, ++done);
        }
        for (Step step : Timeline.order(steps)) {
            record(step, problems, byKey, counts);
            report(progress, ++done);
        }
        claims.forEach(projects::check);
        return new Counts(counts[0], counts[1]);
    }

    /** The checked rows of the per-project sheets; rows with a bad cell are left out (their problems recorded). */
    private List<Step> steps(ImportWorkbook wb) {
        List<Step> steps = new ArrayList<>();
        parse(wb.acts, acts::parse, steps);
        parse(wb.approvals, approvals::parse, steps);
        parse(wb.contracts, contracts::parse, steps);
        parse(wb.funding, funding::parse, steps);
        return steps;
    }

    private static void parse(List<ImportRow> rows, BiFunction<ImportRow, Set<String>, Step> parser, List<Step> into) {
        Set<String> seen = new HashSet<>();
        for (ImportRow row : rows) {
            Step step = parser.apply(row, seen);
            if (step != null) {
                into.add(step);
            }
        }
    }

    /** Records one step for its project (created by this file or already in the importer's scope). */
    private void record(Step step, Problems problems, Map<String, UUID> byKey, int[] counts) {
        UUID id = byKey.get(step.projectKey());
        if (id == null) {
            id = exchange.findByCode(step.projectKey()).map(p -> p.id).orElse(null);
        }
        if (id == null) {
            step.row().problem("projectKey", "IMPORT_UNKNOWN_PROJECT", "no project " + step.projectKey()
                    + " in this file or in your scope", "本文件及您的范围内均没有项目 " + step.projectKey());
            return;
        }
        byKey.put(step.projectKey(), id);
        try {
            count(step.recorder().record(id), counts);
        } catch (DomainException e) {
            problems.refused(step.row().sheet, step.row().row, step.column(), step.keys(), e);
        }
    }

    private static void count(Step.Outcome outcome, int[] counts) {
        if (outcome == Step.Outcome.CREATED) {
            counts[0]++;
        } else if (outcome == Step.Outcome.UNCHANGED) {
            counts[1]++;
        }
    }

    /**
     * Every {@value #SETTLE_EVERY} rows the rows so far are written and the persistence context emptied. The import is
     * one transaction: without this, every entity of every row stays managed, and each later query's automatic flush
     * checks them all, so row n costs O(n) and the import O(n²) (10,000 rows slowed to a few rows a second).
     * Rows keep only ids across this point, never entities.
     */
    private void report(JobHandler.Progress progress, int done) {
        if (done % SETTLE_EVERY == 0) {
            em.flush();
            em.clear();
        }
        if (done % 100 == 0) {
            progress.report(done, null);
        }
    }
}
