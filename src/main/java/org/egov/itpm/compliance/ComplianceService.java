package org.egov.itpm.compliance;

import org.egov.itpm.common.RequestBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.PackBinding;
import org.egov.itpm.policy.rules.AcceptancePolicy;
import org.egov.itpm.policy.rules.ChecklistItem;
import org.egov.itpm.policy.rules.Deadline;
import org.egov.itpm.policy.rules.DeadlinePolicy;
import org.egov.itpm.policy.rules.Finding;
import org.egov.itpm.policy.rules.FindingPolicy;
import org.egov.itpm.policy.rules.NextStepsPolicy;
import org.egov.itpm.policy.rules.OmFundingDecision;
import org.egov.itpm.policy.rules.OmFundingPolicy;
import org.egov.itpm.policy.rules.OpenStep;
import org.egov.itpm.project.ProjectJudgement;
import org.egov.itpm.project.ProjectJudgements;
import org.egov.itpm.project.ProjectService;

/** Applies each project's bound pack to its facts: next steps, deadlines and current findings. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ComplianceService {

    /** What the policy says about one project today. */
    public record Assessment(PackBinding binding, List<OpenStep> nextSteps, List<Deadline> deadlines,
                             List<Finding> findings, List<ChecklistItem> acceptanceChecklist,
                             OmFundingDecision omFunding) {
    }

    private final ProjectService projects;
    private final ProjectJudgements judgements;
    private final RequestBatch batch;

    @Inject
    public ComplianceService(ProjectService projects, ProjectJudgements judgements, RequestBatch batch) {
        this.projects = projects;
        this.judgements = judgements;
        this.batch = batch;
    }

    /** Assessments of many projects with a constant number of queries, computed once per request. */
    public Map<UUID, Assessment> assess(Collection<UUID> projectIds) {
        return batch.load("project", "assessment", projectIds, null, this::compute);
    }

    /** Assessments computed now (no request cache), e.g. for the daily scan. */
    public Map<UUID, Assessment> compute(Collection<UUID> projectIds) {
        Map<UUID, Assessment> result = new LinkedHashMap<>();
        judgements.of(projects.byIds(projectIds).values()).forEach((id, j) -> result.put(id, assess(j)));
        return result;
    }

    private static Assessment assess(ProjectJudgement j) {
        if (!j.hasPack()) {
            return new Assessment(j.binding(), List.of(), List.of(), List.of(), List.of(), null);
        }
        ProjectFacts f = j.facts();
        return new Assessment(j.binding(), NextStepsPolicy.nextSteps(j.pack(), f, j.today()),
                DeadlinePolicy.deadlines(j.pack(), f, j.calendar(), j.today()),
                FindingPolicy.findings(j.pack(), j.binding().successor(), f, j.calendar(), j.today()),
                AcceptancePolicy.checklist(j.pack(), f), OmFundingPolicy.evaluate(j.pack(), f));
    }
}
