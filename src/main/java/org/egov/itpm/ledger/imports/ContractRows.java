package org.egov.itpm.ledger.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.egov.itpm.common.TextLimits;
import org.egov.itpm.contract.ContractInput;
import org.egov.itpm.contract.ContractService;
import org.egov.itpm.ledger.export.SheetWriter.Column;
import org.egov.itpm.ledger.export.TemplateFormat;
import org.egov.itpm.ledger.imports.Step.Outcome;
import org.egov.itpm.policy.ContractClause;
import org.egov.itpm.policy.ContractKind;
import org.egov.itpm.policy.IpOwner;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.Roles;

/**
 * Rows of the 合同 sheet: registerContract by the project's unit (from PROCUREMENT on; the pack computes the
 * contract's deadlines and checks its clauses). A contract has no number in the service, so its natural key is the
 * project, kind, supplier credit code and signing date: a contract with that key is left as it is.
 */
@ApplicationScoped
class ContractRows {

    private static final List<String> KEYS = TemplateFormat.CONTRACT.stream().map(Column::key).toList();

    private final ContractService contracts;
    private final CurrentUser user;

    @Inject
    ContractRows(ContractService contracts, CurrentUser user) {
        this.contracts = contracts;
        this.user = user;
    }

    Step parse(ImportRow row, Set<String> seen) {
        String key = row.text("projectKey", TextLimits.CODE, true);
        ContractInput in = new ContractInput();
        in.kind = row.choice("kind", ContractKind.class, true);
        in.title = row.text("title", TextLimits.NAME, true);
        in.supplierName = row.text("supplierName", TextLimits.NAME, true);
        in.supplierCreditCode = row.text("supplierCreditCode", 18, true);
        in.awardNoticeOn = row.date("awardNoticeOn", false);
        in.signedOn = row.date("signedOn", true);
        in.filedOn = row.date("filedOn", false);
        in.amount = row.amount("amount", false);
        in.implementationMonths = row.integer("implementationMonths", 1, 240, false);
        in.warrantyMonths = row.integer("warrantyMonths", 0, 240, false);
        in.ipOwner = row.choice("ipOwner", IpOwner.class, false);
        in.clauses = row.choices("clauses", ContractClause.class);
        if (key == null || in.kind == null || in.title == null || in.supplierName == null
                || in.supplierCreditCode == null || in.signedOn == null) {
            return null;
        }
        if (!seen.add(key + "|" + in.kind + "|" + in.supplierCreditCode + "|" + in.signedOn)) {
            row.duplicate("signedOn", key + " " + in.kind + " " + in.supplierCreditCode + " " + in.signedOn);
            return null;
        }
        return new Step(row, key, in.signedOn, Step.CONTRACT, "kind", KEYS, id -> record(row, in, id));
    }

    private Outcome record(ImportRow row, ContractInput in, UUID id) {
        boolean present = contracts.byProjects(List.of(id)).getOrDefault(id, List.of()).stream()
                .anyMatch(c -> c.kind == in.kind && in.supplierCreditCode.equals(c.supplierCreditCode)
                        && in.signedOn.equals(c.signedOn));
        if (present) {
            return Outcome.UNCHANGED;
        }
        if (!user.hasAnyRole(Set.of(Roles.UNIT_STAFF, Roles.UNIT_LEAD))) {
            row.notYourAct("kind", "a contract is registered by the project's unit", "合同由项目建设单位登记");
            return Outcome.REFUSED;
        }
        contracts.register(id, in);
        return Outcome.CREATED;
    }
}
