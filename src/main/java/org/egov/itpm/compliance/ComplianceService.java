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
import org.egov.itpm.pack.PackRegistry;
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
import org.egov.itpm.project.LifecycleService;
import org.egov.itpm.project.Project;
import org.egov.itpm.project.ProjectFactsService;
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
    private final ProjectFactsService facts;
    private final LifecycleService lifecycle;
    private final PackRegistry packs;
    private final RequestBatch batch;

    @Inject
    public ComplianceService(ProjectService projects, ProjectFactsService facts, LifecycleService lifecycle,
                             PackRegistry packs, RequestBatch batch) {
        this.batch = batch;
        this.projects = projects;
        this.facts = facts;
        this.lifecycle = lifecycle;
        this.packs = packs;
    }

    /** Assessments of many projects with a constant number of queries, computed once per request. */
    public Map<UUID, Assessment> assess(Collection<UUID> projectIds) {
        return batch.load("project", "assessment", projectIds, null, this::compute);
    }

    /** The facts of one project as the policy sees them now (for services that decide with the policy). */
    public ProjectFacts factsOf(Project p) {
        return facts.factsFor(p);
    }

    /** Assessments computed now (no request cache), e.g. for the daily scan. */
    public Map<UUID, Assessment> compute(Collection<UUID> projectIds) {
        Map<UUID, Project> byId = projects.byIds(projectIds);
        Map<UUID, ProjectFacts> factsById = facts.factsFor(byId.values());
        Map<UUID, Assessment> result = new LinkedHashMap<>();
        var today = packs.today();
        var calendar = packs.calendar();
        for (Project p : byId.values()) {
            PackBinding binding = lifecycle.bindingOf(p);
            ProjectFacts f = factsById.get(p.id);
            if (binding.pack() == null) {
                result.put(p.id, new Assessment(binding, List.of(), List.of(), List.of(), List.of(), null));
                continue;
            }
            List<Deadline> deadlines = DeadlinePolicy.deadlines(binding.pack(), f, calendar, today);
            result.put(p.id, new Assessment(binding, NextStepsPolicy.nextSteps(binding.pack(), f, today), deadlines,
                    FindingPolicy.findings(binding.pack(), f, calendar, today),
                    AcceptancePolicy.checklist(binding.pack(), f), OmFundingPolicy.evaluate(binding.pack(), f)));
        }
        return result;
    }
}
