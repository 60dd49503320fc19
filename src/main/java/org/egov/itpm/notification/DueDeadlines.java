package org.egov.itpm.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.egov.itpm.compliance.ComplianceService;
import org.egov.itpm.organisation.Organisation;
import org.egov.itpm.organisation.OrganisationService;
import org.egov.itpm.policy.calendar.WorkingDayCalendar;
import org.egov.itpm.policy.pack.DeadlineRule;
import org.egov.itpm.policy.pack.DeadlineType;
import org.egov.itpm.policy.rules.OversightRules;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.reminder.ReminderPolicy;
import org.egov.itpm.policy.reminder.ReminderStep;
import org.egov.itpm.policy.reminder.Responsible;
import org.egov.itpm.policy.rules.Deadline;
import org.egov.itpm.project.Project;
import org.egov.itpm.project.ProjectService;

/**
 * Every open project's deadlines as due items, in chunks: the compliance feature computes the deadlines, the
 * reminder policy picks today's step with the pack's schedule (itpm.reminders.pack-offsets) or the default one.
 */
@ApplicationScoped
class DueDeadlines {

    private static final int CHUNK = 200;

    /** The project facts a reminder names. */
    record ProjectRef(UUID id, String name, String ownerOrgCode, String unitName, String regionCode) {
    }

    @Inject
    EntityManager em;
    @Inject
    ComplianceService compliance;
    @Inject
    ProjectService projects;
    @Inject
    OrganisationService organisations;
    @Inject
    ReminderConfig config;

    /**
     * Calls {@code action} for each open project ({@code changedSince} not null: only those changed since then);
     * {@code afterChunk} runs after each chunk of {@value #CHUNK} projects has been flushed. Returns how many
     * projects were walked.
     */
    int forEachOpenProject(LocalDate today, WorkingDayCalendar cal, Instant changedSince,
                           BiConsumer<ProjectRef, List<DueItem>> action, Runnable afterChunk) {
        // The same open set as the daily scan: projects in a terminal stage get no reminders.
        var query = em.createQuery("select p.id from Project p where p.stage not in"
                + " (org.egov.itpm.policy.Stage.DECOMMISSIONED, org.egov.itpm.policy.Stage.TERMINATED,"
                + " org.egov.itpm.policy.Stage.WITHDRAWN, org.egov.itpm.policy.Stage.REJECTED)"
                + (changedSince == null ? "" : " and p.updatedAt >= :since") + " order by p.id", UUID.class);
        if (changedSince != null) {
            query.setParameter("since", changedSince);
        }
        List<UUID> open = query.getResultList();
        for (int i = 0; i < open.size(); i += CHUNK) {
            List<UUID> chunk = open.subList(i, Math.min(open.size(), i + CHUNK));
            Map<UUID, Project> byId = projects.byIds(chunk);
            Map<UUID, Organisation> orgs = organisations.byIds(byId.values().stream().map(p -> p.ownerOrgId).toList());
            compliance.compute(chunk).forEach((id, assessment) -> {
                Pack pack = assessment.binding().pack();
                Project p = byId.get(id);
                if (pack == null || p == null) {
                    return;
                }
                Organisation org = orgs.get(p.ownerOrgId);
                ProjectRef ref = new ProjectRef(p.id, p.name, org == null ? null : org.creditCode,
                        org == null ? "" : org.name, p.regionCode);
                List<ReminderStep> steps = ReminderStep.parse(config.packOffsets().getOrDefault(pack.id(),
                        config.offsets()));
                List<DueItem> items = new ArrayList<>();
                for (Deadline d : assessment.deadlines()) {
                    DeadlineType type = pack.deadlines().stream().filter(r -> r.code().equals(d.ruleCode()))
                            .map(DeadlineRule::type).findFirst().orElse(null);
                    Responsible responsible = type == null ? Responsible.UNIT : ReminderPolicy.responsibleFor(type);
                    ReminderStep step = ReminderPolicy.dueToday(d, steps, cal, today).orElse(null);
                    boolean overdue = d.metOn() == null && today.isAfter(d.due());
                    boolean openOrder = OversightRules.ORDER_DEADLINE.equals(d.ruleCode()) && d.metOn() == null;
                    if (step != null || overdue || openOrder) {
                        items.add(new DueItem(p.id, p.name, ref.unitName(), p.regionCode, d, type, responsible, step,
                                ReminderPolicy.workingDaysLeft(today, d.due(), cal), overdue));
                    }
                }
                action.accept(ref, items);
            });
            em.flush();
            em.clear();
            afterChunk.run();
        }
        return open.size();
    }
}
