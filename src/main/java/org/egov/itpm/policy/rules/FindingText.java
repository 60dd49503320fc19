package org.egov.itpm.policy.rules;

import java.util.HashMap;
import java.util.Map;
import org.egov.itpm.policy.facts.ContractFacts;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.CheckRule;

/** Builds check findings with deterministic keys. */
final class FindingText {

    private FindingText() {
    }

    static Finding contract(CheckRule rule, ContractFacts c, String en, String zh, Map<String, String> used) {
        Map<String, String> all = new HashMap<>(used);
        all.put("contract", c.id());
        String where = " (" + rule.cite().render() + ")";
        return new Finding(rule.cite().packId() + ":" + rule.code() + ":contract-" + c.id(), rule.code(), rule.severity(),
                rule.cite(), "Contract " + c.id() + ": " + en + where, "合同" + c.id() + "：" + zh + where, all);
    }

    static Finding project(CheckRule rule, ProjectFacts f, String en, String zh, Map<String, String> used) {
        String where = " (" + rule.cite().render() + ")";
        return new Finding(rule.cite().packId() + ":" + rule.code() + ":project", rule.code(), rule.severity(),
                rule.cite(), "Project " + f.id() + ": " + en + where, "项目" + f.id() + "：" + zh + where, used);
    }
}
