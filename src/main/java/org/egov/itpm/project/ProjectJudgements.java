package org.egov.itpm.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.common.BusinessClock;
import org.egov.itpm.pack.PackRegistry;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.pack.PackBinding;

/** The one owner of {@link ProjectJudgement}: binds pack + facts + business day for one project or a page. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProjectJudgements {

    private final ProjectFactsService facts;
    private final PackRegistry packs;
    private final BusinessClock clock;

    @Inject
    public ProjectJudgements(ProjectFactsService facts, PackRegistry packs, BusinessClock clock) {
        this.facts = facts;
        this.packs = packs;
        this.clock = clock;
    }

    public ProjectJudgement of(Project p) {
        return of(List.of(p)).get(p.id);
    }

    /** Judgements keyed by project id, in the order given; a constant number of queries whatever the count. */
    public Map<UUID, ProjectJudgement> of(Collection<Project> projects) {
        LocalDate today = clock.today();
        Map<UUID, ProjectFacts> byId = facts.factsFor(projects);
        Map<UUID, ProjectJudgement> out = new LinkedHashMap<>();
        for (Project p : projects) {
            out.put(p.id, new ProjectJudgement(p, bindingOf(p, today), byId.get(p.id), today, packs.calendar()));
        }
        return out;
    }

    /**
     * The pack a project is judged by: the one bound at 申报 or re-bound by an administrator (its status and any
     * successor in force reported as of today), or, before 申报, the one in force today in its region.
     */
    public PackBinding bindingOf(Project p) {
        return bindingOf(p, clock.today());
    }

    private PackBinding bindingOf(Project p, LocalDate today) {
        if (p.policyPackId != null) {
            Pack pack = packs.find(p.policyPackId, p.policyPackVersion).orElseThrow();
            return new PackBinding(pack, pack.statusOn(today), p.regionCode, today, null,
                    packs.catalog().successorOf(pack, today).orElse(null));
        }
        return packs.bindingFor(p.regionCode, today);
    }
}
