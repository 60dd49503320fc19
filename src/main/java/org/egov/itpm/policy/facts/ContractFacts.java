package org.egov.itpm.policy.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.egov.itpm.policy.ContractClause;
import org.egov.itpm.policy.ContractKind;

/** A procurement contract; null dates mean "not yet". {@code id} keys findings about it. */
public record ContractFacts(String id, ContractKind kind, LocalDate awardNoticeOn, LocalDate signedOn,
                            LocalDate filedOn, BigDecimal amount, Integer implementationMonths,
                            Integer warrantyMonths, Set<ContractClause> clauses) {

    public ContractFacts {
        clauses = clauses == null ? Set.of() : Set.copyOf(clauses);
    }

    public boolean has(ContractClause clause) {
        return clauses.contains(clause);
    }
}
