package org.egov.itpm.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.egov.itpm.policy.Attestation;
import org.egov.itpm.policy.ExclusionGround;
import org.egov.itpm.policy.PlatformFiling;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;

/** Assembles {@link ProjectFacts} for many projects at once: own fields, history, declared facts, contributors. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProjectFactsService {

    private final ProjectRepository projects;
    private final Instance<FactsContributor> contributors;

    @Inject
    public ProjectFactsService(ProjectRepository projects, Instance<FactsContributor> contributors) {
        this.projects = projects;
        this.contributors = contributors;
    }

    public ProjectFacts factsFor(Project project) {
        return factsFor(List.of(project)).get(project.id);
    }

    /** Facts keyed by project id, in the order given; a constant number of queries whatever the count. */
    public Map<UUID, ProjectFacts> factsFor(Collection<Project> list) {
        Map<UUID, ProjectFactsBuilder> builders = new LinkedHashMap<>();
        for (Project p : list) {
            builders.put(p.id, ProjectFactsBuilder.project(p.id.toString(), p.regionCode).kind(p.kind).buildType(p.buildType)
                    .funding(p.fundingSource).stage(p.stage).suspendedFrom(p.stageBeforeSuspension)
                    .crossDepartment(p.crossDepartment).plannedYear(p.planYear).estimated(p.estimatedInvestment)
                    .approvedEstimate(p.approvedEstimate).securityBudget(p.securityBudget).appliedOn(p.appliedOn)
                    .plannedEnd(p.plannedEnd));
        }
        addHistoryDates(builders);
        addDeclaredFacts(builders);
        contributors.forEach(c -> c.contribute(builders));
        return builders.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().build(),
                (a, b) -> a, LinkedHashMap::new));
    }

    public Map<UUID, List<ProjectFact>> declaredFacts(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? Map.of() : projects.getEntityManager()
                .createQuery("select f from ProjectFact f where f.projectId in :ids order by f.onDate", ProjectFact.class)
                .setParameter("ids", projectIds).getResultList().stream()
                .collect(Collectors.groupingBy(f -> f.projectId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Milestone dates are the legal dates of the first move into each stage (never the moment it was recorded). */
    private void addHistoryDates(Map<UUID, ProjectFactsBuilder> builders) {
        Set<String> seen = new HashSet<>();
        for (StageTransition t : projects.historyOf(builders.keySet())) {
            // History is read oldest first: the first time a stage was reached is its milestone date.
            if (!seen.add(t.projectId + "/" + t.toStage)) {
                continue;
            }
            ProjectFactsBuilder b = builders.get(t.projectId);
            LocalDate on = t.effectiveOn;
            switch (t.toStage) {
                case LIBRARY -> b.libraryEnteredOn(on).demandSubmittedOn(on);
                case APPROVED -> b.approvedOn(on);
                case FUNDED -> b.fundedOn(on);
                case CONSTRUCTION -> b.constructionStartedOn(on);
                case TRIAL_RUN -> b.trialRunStartedOn(on);
                case PRELIMINARY_ACCEPTANCE -> b.preliminaryAcceptedOn(on);
                case FINAL_ACCEPTANCE -> b.finalAcceptedOn(on);
                default -> { }
            }
        }
    }

    private void addDeclaredFacts(Map<UUID, ProjectFactsBuilder> builders) {
        declaredFacts(builders.keySet()).forEach((projectId, facts) -> {
            ProjectFactsBuilder b = builders.get(projectId);
            for (ProjectFact f : facts) {
                switch (f.category) {
                    case ATTESTATION -> b.attest(Attestation.valueOf(f.value));
                    case EXCLUSION -> b.excludedBy(ExclusionGround.valueOf(f.value));
                    case PLATFORM_FILING -> b.filed(PlatformFiling.valueOf(f.value));
                }
            }
        });
    }
}
