package org.egov.itpm.ledger.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.egov.itpm.acceptance.AcceptanceService;
import org.egov.itpm.acceptance.AcceptanceState;
import org.egov.itpm.common.TextLimits;
import org.egov.itpm.ledger.export.ActKind;
import org.egov.itpm.ledger.export.SheetWriter.Column;
import org.egov.itpm.ledger.export.TemplateFormat;
import org.egov.itpm.ledger.imports.Step.Outcome;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.project.LifecycleService;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.security.CurrentUser;

/**
 * Rows of the 行为 sheet: each act recorded through the operation the API has for it ({@link ActKind#operation}),
 * with its legal date, so the same role checks, gates (cited), date checks (not in the future, not before the
 * previous act) and pack binding apply. An act already on record (same kind and legal date) is left as it is.
 */
@ApplicationScoped
class ActRows {

    private static final List<String> KEYS = TemplateFormat.ACT.stream().map(Column::key).toList();

    private final LifecycleService lifecycle;
    private final AcceptanceService acceptance;
    private final ProjectService projects;
    private final CurrentUser user;

    @Inject
    ActRows(LifecycleService lifecycle, AcceptanceService acceptance, ProjectService projects, CurrentUser user) {
        this.lifecycle = lifecycle;
        this.acceptance = acceptance;
        this.projects = projects;
        this.user = user;
    }

    /** The row's step, or null when a cell is not acceptable (its problem is recorded). */
    Step parse(ImportRow row, Set<String> seen) {
        String key = row.text("projectKey", TextLimits.CODE, true);
        ActKind kind = row.choice("kind", ActKind.class, true);
        LocalDate on = row.date("on", true);
        String reason = row.text("reason", TextLimits.REASON, false);
        if (key == null || kind == null || on == null) {
            return null;
        }
        if (kind.needsReason && kind.importable() && reason == null) {
            row.problem("reason", "REQUIRED", "is required for " + kind + " (" + kind.operation + ")",
                    kind + "（" + kind.operation + "）须填写事由或意见");
            return null;
        }
        if (!seen.add(key + "|" + kind + "|" + on)) {
            row.duplicate("on", key + " " + kind + " " + on);
            return null;
        }
        return new Step(row, key, on, rank(kind), "on", KEYS, id -> record(row, kind, on, reason, id));
    }

    private static int rank(ActKind kind) {
        if (kind.stage == null || kind == ActKind.SUSPENDED || kind == ActKind.TERMINATED) {
            return Step.LATE_ACT;
        }
        if (!kind.stage.isCanonical() || kind.stage.ordinal() <= Stage.APPROVED.ordinal()) {
            return Step.EARLY_ACT;
        }
        return kind.stage.ordinal() <= Stage.PROCUREMENT.ordinal() ? Step.FUNDING_ACT : Step.LATE_ACT;
    }

    private Outcome record(ImportRow row, ActKind kind, LocalDate on, String reason, UUID id) {
        if (recorded(kind, on, id)) {
            return Outcome.UNCHANGED;
        }
        if (!kind.importable()) {
            row.problem("kind", "IMPORT_ACT_NOT_IMPORTABLE", kind + " rests on acts the file cannot carry (a review"
                    + " panel's signed opinions, a decommissioning decision); record it through the API",
                    kind + " 依赖文件无法承载的行为（评审专家签名意见、关停决定），请通过接口登记");
            return Outcome.REFUSED;
        }
        if (!user.hasAnyRole(kind.roles())) {
            row.notYourAct("kind", kind + " (" + kind.operation + ") is recorded by " + String.join(", ",
                    kind.roles().stream().sorted().toList()), kind + "（" + kind.operation + "）由 "
                    + String.join("、", kind.roles().stream().sorted().toList()) + " 登记");
            return Outcome.REFUSED;
        }
        switch (kind) {
            case LIBRARY -> lifecycle.submitToLibrary(id, on, reason, null);
            case APPLIED -> lifecycle.apply(id, on, null);
            case SUSPENDED, WITHDRAWN, REJECTED, TERMINATED -> lifecycle.moveTo(id, kind.stage, on, reason, List.of(),
                    null);
            case RESUMED -> lifecycle.resume(id, on, reason, null);
            case COMPLETED -> acceptance.complete(id, on);
            case PRELIMINARY_ACCEPTANCE -> acceptance.passPreliminary(id, on, reason);
            case ACCEPTANCE_APPLIED -> acceptance.apply(id, on);
            case FINAL_ACCEPTANCE -> acceptance.conclude(id, true, on, reason);
            default -> lifecycle.advance(id, kind.stage, on, reason, List.of(), null);
        }
        return Outcome.CREATED;
    }

    /** The same act on the same legal date is already in the project's record. */
    private boolean recorded(ActKind kind, LocalDate on, UUID id) {
        if (kind == ActKind.COMPLETED || kind == ActKind.ACCEPTANCE_APPLIED) {
            AcceptanceState state = acceptance.stateOf(id);
            return on.equals(kind == ActKind.COMPLETED ? state.completedOn() : state.appliedOn());
        }
        return projects.historyOf(List.of(id)).getOrDefault(id, List.of()).stream()
                .filter(t -> t.toStage != Stage.DRAFT && on.equals(t.effectiveOn))
                .anyMatch(t -> ActKind.of(t.fromStage, t.toStage) == kind);
    }
}
