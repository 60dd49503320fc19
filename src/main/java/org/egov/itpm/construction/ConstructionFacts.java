package org.egov.itpm.construction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.egov.itpm.project.FactsContributor;

/**
 * The first performance report of each construction year answers the yearly duty (Wushan art.17, Jiangxi art.27);
 * a filed performance or supervision report also counts as that document for the gates (Jianshan item 19).
 */
@ApplicationScoped
public class ConstructionFacts implements FactsContributor {

    @Inject
    ConstructionService reports;

    @Override
    public void contribute(Map<UUID, ProjectFactsBuilder> builders) {
        reports.byProjects(builders.keySet()).forEach((projectId, list) -> {
            Map<Integer, java.time.LocalDate> first = new java.util.HashMap<>();
            list.stream().filter(r -> r.kind == ConstructionReport.Kind.PERFORMANCE)
                    .forEach(r -> first.merge(r.year, r.reportedOn, (a, b) -> a.isBefore(b) ? a : b));
            first.forEach((year, on) -> builders.get(projectId).performanceReport(year, on));
            // a serious-delay report answers the DELAY_REPORT check (issue #20)
            list.stream().filter(r -> r.kind == ConstructionReport.Kind.SERIOUS_DELAY)
                    .forEach(r -> builders.get(projectId).delayReported(r.reportedOn));
            // a report filed here is the document the pack asks for (Jianshan item 19: 绩效评价报告 before acceptance),
            // from the day it was reported
            list.forEach(r -> {
                if (r.kind == ConstructionReport.Kind.PERFORMANCE) builders.get(projectId).documentOn(DocumentType.PERFORMANCE_REPORT, r.reportedOn);
                if (r.kind == ConstructionReport.Kind.SUPERVISION) builders.get(projectId).documentOn(DocumentType.SUPERVISION_REPORT, r.reportedOn);
            });
        });
    }
}
