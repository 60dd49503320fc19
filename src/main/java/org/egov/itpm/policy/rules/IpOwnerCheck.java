package org.egov.itpm.policy.rules;

import java.util.List;
import java.util.Map;
import org.egov.itpm.policy.ContractKind;
import org.egov.itpm.policy.IpOwner;
import org.egov.itpm.policy.facts.ContractFacts;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.CheckRule;

/**
 * A signed construction or service contract must name an owner of the results' intellectual property that the
 * pack accepts (Jianshan item 17: the project unit; Jiangxi art.31: the government). Not recording the owner is
 * a finding too: the seed asks the contract to state it.
 */
final class IpOwnerCheck {

    private IpOwnerCheck() {
    }

    static void evaluate(CheckRule.IpOwnerRequired rule, ProjectFacts f, List<Finding> out) {
        String accepted = String.join("|", rule.owners().stream().map(IpOwner::name).toList());
        String acceptedZh = String.join("或", rule.owners().stream().map(IpOwnerCheck::zh).toList());
        for (ContractFacts c : f.contracts()) {
            boolean producesResults = c.kind() == ContractKind.CONSTRUCTION || c.kind() == ContractKind.OTHER_SERVICE;
            if (!producesResults || c.signedOn() == null || c.ipOwner() != null && rule.owners().contains(c.ipOwner())) {
                continue;
            }
            String owner = c.ipOwner() == null ? "NOT_RECORDED" : c.ipOwner().name();
            out.add(FindingText.contract(rule, c, c.ipOwner() == null || c.ipOwner() == IpOwner.NOT_STATED
                            ? "does not state who owns the results' intellectual property (required: " + accepted + ")"
                            : "gives the results' intellectual property to " + owner + " (required: " + accepted + ")",
                    c.ipOwner() == null || c.ipOwner() == IpOwner.NOT_STATED
                            ? "未明确项目成果知识产权归属（应归" + acceptedZh + "所有）"
                            : "项目成果知识产权归" + zh(c.ipOwner()) + "所有，不符合应归" + acceptedZh + "所有的要求",
                    Map.of("ipOwner", owner, "requiredOwner", accepted)));
        }
    }

    private static String zh(IpOwner owner) {
        return switch (owner) {
            case PROJECT_UNIT -> "项目建设单位";
            case GOVERNMENT -> "政府";
            case SUPPLIER -> "供应商";
            case JOINT -> "双方共有";
            case NOT_STATED -> "未约定";
        };
    }
}
