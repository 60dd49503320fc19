package org.egov.itpm.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.egov.itpm.policy.ContractClause;
import org.egov.itpm.policy.ContractKind;
import org.egov.itpm.policy.IpOwner;

/** A contract as clients see it. */
@Name("Contract")
@Description("A procurement contract. Its deadlines (signing, filing) and findings appear on project.deadlines and"
        + " project.currentFindings with the contract's id as subject.")
public record ContractView(@Id UUID id, UUID projectId, ContractKind kind, String title, String supplierName,
                           String supplierCreditCode,
                           @Description("False when the credit code's check character (GB 32100) does not match.")
                           boolean creditCodeCheckValid,
                           @Description("Warnings about the record, e.g. CREDIT_CODE_CHECK_CHARACTER.") List<String> warnings,
                           LocalDate awardNoticeOn, LocalDate signedOn, LocalDate filedOn, BigDecimal amount,
                           Integer implementationMonths, Integer warrantyMonths, List<ContractClause> clauses,
                           @Description("Owner of the results' intellectual property; null when not recorded.")
                           IpOwner ipOwner,
                           String recordedBy, Instant recordedAt, long version) {

    static ContractView of(Contract c) {
        List<String> warnings = new ArrayList<>();
        if (!c.creditCodeCheckValid) {
            warnings.add("CREDIT_CODE_CHECK_CHARACTER");
        }
        return new ContractView(c.id, c.projectId, c.kind, c.title, c.supplierName, c.supplierCreditCode,
                c.creditCodeCheckValid, warnings, c.awardNoticeOn, c.signedOn, c.filedOn, c.amount,
                c.implementationMonths, c.warrantyMonths, List.copyOf(c.clauses()), c.ipOwner, c.recordedBy, c.recordedAt,
                c.version);
    }
}
