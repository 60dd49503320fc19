package org.egov.itpm.contract;

import static java.util.Map.entry;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.egov.itpm.common.readpath.Column;
import org.egov.itpm.common.readpath.ReadPathContribution;
import org.egov.itpm.common.readpath.Relation;

/** Procurement contracts of a project for the compiled read path (ADR 0016): the same rows, order and rules as the resolver. */
@ApplicationScoped
public class ContractReadPath implements ReadPathContribution {

    @Override
    public List<Relation> relations() {
        return List.of(
                Relation.list("Project", "contracts", "Contract", "contract", "project_id", List.of("recorded_at", "id"),
                        Map.ofEntries(entry("id", Column.text("id")), entry("projectId", Column.text("project_id")),
                                entry("kind", Column.text("kind")), entry("title", Column.text("title")),
                                entry("supplierName", Column.text("supplier_name")),
                                entry("supplierCreditCode", Column.text("supplier_credit_code")),
                                entry("creditCodeCheckValid", Column.literal("credit_code_check_valid")),
                                entry("awardNoticeOn", Column.date("award_notice_on")),
                                entry("signedOn", Column.date("signed_on")), entry("filedOn", Column.date("filed_on")),
                                entry("amount", Column.literal("amount")),
                                entry("implementationMonths", Column.literal("implementation_months")),
                                entry("warrantyMonths", Column.literal("warranty_months")),
                                entry("recordedBy", Column.text("recorded_by")),
                                entry("recordedAt", Column.instant("recorded_at")),
                                entry("version", Column.literal("version"))),
                        ContractGraphQLApi.class, "contracts"));
    }
}
