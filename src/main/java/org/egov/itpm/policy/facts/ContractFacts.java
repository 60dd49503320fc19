package org.egov.itpm.policy.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.egov.itpm.policy.ContractClause;
import org.egov.itpm.policy.ContractKind;
import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.policy.IpOwner;

/**
 * A procurement contract; null dates mean "not yet". {@code id} keys findings about it; {@code title} names it in
 * messages. {@code creditCodeCheckValid} is false when the supplier's code fails the GB 32100 check character;
 * {@code documents} are the document types linked to this contract (e.g. its acceptance report, Qufu art.34);
 * {@code ipOwner} is who the contract says owns the results' intellectual property, null when not recorded.
 */
public record ContractFacts(String id, String title, ContractKind kind, LocalDate awardNoticeOn, LocalDate signedOn,
                            LocalDate filedOn, BigDecimal amount, Integer implementationMonths,
                            Integer warrantyMonths, Set<ContractClause> clauses, boolean creditCodeCheckValid,
                            Set<DocumentType> documents, IpOwner ipOwner) {

    public ContractFacts {
        clauses = clauses == null ? Set.of() : Set.copyOf(clauses);
        documents = documents == null ? Set.of() : Set.copyOf(documents);
    }

    /** A contract whose IP owner is not recorded. */
    public ContractFacts(String id, String title, ContractKind kind, LocalDate awardNoticeOn, LocalDate signedOn,
                         LocalDate filedOn, BigDecimal amount, Integer implementationMonths, Integer warrantyMonths,
                         Set<ContractClause> clauses, boolean creditCodeCheckValid, Set<DocumentType> documents) {
        this(id, title, kind, awardNoticeOn, signedOn, filedOn, amount, implementationMonths, warrantyMonths, clauses,
                creditCodeCheckValid, documents, null);
    }

    /** A contract without title, with a valid supplier code and no linked documents. */
    public ContractFacts(String id, ContractKind kind, LocalDate awardNoticeOn, LocalDate signedOn, LocalDate filedOn,
                         BigDecimal amount, Integer implementationMonths, Integer warrantyMonths,
                         Set<ContractClause> clauses) {
        this(id, null, kind, awardNoticeOn, signedOn, filedOn, amount, implementationMonths, warrantyMonths, clauses,
                true, Set.of(), null);
    }

    public boolean has(ContractClause clause) {
        return clauses.contains(clause);
    }

    /** The contract as it stood at the end of {@code on}: a later award, signature or filing has not happened. */
    public ContractFacts asOf(LocalDate on) {
        return new ContractFacts(id, title, kind, upTo(awardNoticeOn, on), upTo(signedOn, on), upTo(filedOn, on),
                amount, implementationMonths, warrantyMonths, clauses, creditCodeCheckValid, documents, ipOwner);
    }

    private static LocalDate upTo(LocalDate date, LocalDate on) {
        return date == null || date.isAfter(on) ? null : date;
    }

    /** The same contract with {@code more} documents linked. */
    public ContractFacts withDocuments(Set<DocumentType> more) {
        Set<DocumentType> all = new java.util.HashSet<>(documents);
        all.addAll(more);
        return new ContractFacts(id, title, kind, awardNoticeOn, signedOn, filedOn, amount, implementationMonths,
                warrantyMonths, clauses, creditCodeCheckValid, all, ipOwner);
    }
}
