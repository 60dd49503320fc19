package org.egov.itpm.operation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.common.RuleViolationException;
import org.egov.itpm.common.RuleViolationException.CitedReason;
import org.egov.itpm.common.Text;
import org.egov.itpm.compliance.ComplianceService;
import org.egov.itpm.policy.ProjectKind;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.rules.Reason;
import org.egov.itpm.project.MoveGuard;
import org.egov.itpm.project.Project;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.project.Reasons;

/**
 * O&M funding is a gate, not advice (wushan-2022 art.25–27, qufu-2024 art.25, jiangxi-2024 art.37): an O&M project
 * enters FUNDED, and gets an annual-plan or budget entry, only when it maintains at least one system and every system
 * it maintains is eligible under that system's pack; otherwise 422 OM_FUNDING_REFUSED with each system's cited grounds.
 */
@ApplicationScoped
public class OmFundingGate implements MoveGuard {

    @Inject
    OperationService operation;
    @Inject
    ComplianceService compliance;
    @Inject
    ProjectService projects;

    @Override
    public void check(Project p, Stage target) {
        // resuming a suspended project at FUNDED is not new funding
        if (target == Stage.FUNDED && p.stage != Stage.SUSPENDED) {
            requireEligible(p);
        }
    }

    /** Refuses funding an O&M project whose maintained systems are missing or not eligible. */
    public void requireEligible(Project p) {
        if (p.kind != ProjectKind.OPERATION_MAINTENANCE) {
            return;
        }
        List<UUID> systems = operation.systemsOf(List.of(p.id)).getOrDefault(p.id, List.of());
        if (systems.isEmpty()) {
            throw new RuleViolationException("OM_FUNDING_REFUSED", new Text("O&M project " + p.localCode
                    + " maintains no recorded system; link the systems in operation it maintains first",
                    "运维项目 " + p.localCode + " 未关联所运维的系统，请先关联运行中的系统"),
                    List.of(Reasons.cited("OM_SYSTEM_NOT_LINKED", null, new Text("no maintained system is linked",
                            "未关联所运维的系统"))));
        }
        Map<UUID, Project> byId = projects.byIds(systems);
        Map<UUID, ComplianceService.Assessment> assessed = compliance.compute(systems);
        List<CitedReason> reasons = new ArrayList<>();
        for (UUID id : systems) {
            ComplianceService.Assessment a = assessed.get(id);
            if (a == null || a.omFunding() == null) {
                continue; // no pack in force for the system: nothing to refuse on (its pack standing is a finding)
            }
            String code = byId.get(id).localCode;
            for (Reason r : a.omFunding().refusals()) {
                reasons.add(Reasons.cited(r.ruleCode(), r.cite(), new Text("system " + code + ": " + r.messageEn(),
                        "系统 " + code + "：" + r.messageZh())));
            }
        }
        if (!reasons.isEmpty()) {
            throw new RuleViolationException("OM_FUNDING_REFUSED", new Text("O&M project " + p.localCode
                    + " may not be funded: a system it maintains is not eligible for O&M funding",
                    "运维项目 " + p.localCode + " 不予安排运维经费：所运维的系统不符合安排运维经费的条件"), reasons);
        }
    }
}
