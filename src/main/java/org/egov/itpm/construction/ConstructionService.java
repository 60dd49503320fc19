package org.egov.itpm.construction;

import org.egov.itpm.common.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.FieldError;
import org.egov.itpm.common.ForbiddenActionException;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.Text;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.project.Project;
import org.egov.itpm.project.ProjectChanges;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.Roles;

/** Reports during construction. Supervision reports are the supervisor's; every other kind is the unit's. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConstructionService {

    @Inject
    EntityManager em;
    @Inject
    ProjectService projects;
    @Inject
    ProjectChanges changes;
    @Inject
    AuditService audit;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;
    @Inject
    BusinessClock businessClock;
    @Inject
    SeriousIncidentNotice incidents;

    /** Input of {@link #file}. */
    public record Report(ConstructionReport.Kind kind, Integer year, String period, LocalDate reportedOn,
                         String summary, java.math.BigDecimal lossAmount) {
    }

    @Transactional
    public ConstructionReport file(UUID projectId, Report in) {
        boolean supervision = in.kind() == ConstructionReport.Kind.SUPERVISION;
        if (supervision ? !user.hasRole(Roles.SUPERVISOR) : !user.hasAnyRole(Roles.UNIT_ROLES)) {
            throw new ForbiddenActionException("REPORT_KIND_NOT_ALLOWED_FOR_ROLE", new Text(
                    "supervision reports are filed by the supervisor (监理), other reports by the project unit",
                    "监理报告由监理单位报送，其他报告由项目建设单位报送"));
        }
        Project p = projects.get(projectId);
        if (SeriousIncidentNotice.serious(in.kind())) {
            projects.requireOwnerUnit(p);
        }
        LocalDate on = in.reportedOn() == null ? businessClock.today() : in.reportedOn();
        validate(in, on);
        boolean building = p.stage.isCanonical() && p.stage.ordinal() >= Stage.CONSTRUCTION.ordinal()
                && !p.stage.isClosed() || p.stage == Stage.SUSPENDED;
        if (!building) {
            throw new ConflictException("NOT_UNDER_CONSTRUCTION", new Text("reports are filed from CONSTRUCTION on;"
                    + " this project is " + p.stage, "自实施阶段起方可报送，当前阶段为 " + p.stage));
        }
        ConstructionReport r = new ConstructionReport();
        r.id = UUID.randomUUID();
        r.projectId = p.id;
        r.kind = in.kind();
        r.year = in.year() == null ? on.getYear() : in.year();
        r.period = in.period();
        r.reportedOn = on;
        r.summary = in.summary().trim();
        r.lossAmount = org.egov.itpm.common.Money.cny(in.lossAmount());
        r.recordedBy = user.username();
        r.recordedAt = clock.instant();
        em.persist(r);
        audit.record(p.id, "ConstructionReport", r.id, "FILE", user.username(), Map.of("kind", r.kind.name(),
                "year", r.year));
        changes.changed(p.id, "CONSTRUCTION_REPORT");
        incidents.inform(p, r);
        return r;
    }

    public Map<UUID, List<ConstructionReport>> byProjects(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? Map.of() : em.createQuery("select r from ConstructionReport r"
                        + " where r.projectId in :ids order by r.reportedOn, r.recordedAt", ConstructionReport.class)
                .setParameter("ids", projectIds).getResultList().stream()
                .collect(Collectors.groupingBy(r -> r.projectId, LinkedHashMap::new, Collectors.toList()));
    }

    private void validate(Report in, LocalDate on) {
        List<FieldError> errors = new ArrayList<>();
        if (in.kind() == null) errors.add(new FieldError("kind", "REQUIRED", new Text("is required", "为必填项")));
        if (in.summary() == null || in.summary().isBlank()) {
            errors.add(new FieldError("summary", "REQUIRED", new Text("is required", "为必填项")));
        }
        if (on.isAfter(businessClock.today())) {
            errors.add(new FieldError("reportedOn", "DATE_IN_FUTURE", new Text("must not be in the future", "不得晚于今天")));
        }
        SeriousIncidentNotice.validateLossAmount(in.kind(), in.lossAmount(), errors);
        if (in.year() != null && (in.year() < 2000 || in.year() > 2100)) {
            errors.add(new FieldError("year", "INVALID_YEAR", new Text("must be between 2000 and 2100", "须在2000至2100之间")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
