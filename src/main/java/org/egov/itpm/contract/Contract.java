package org.egov.itpm.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.egov.itpm.policy.ContractClause;
import org.egov.itpm.policy.ContractKind;
import org.egov.itpm.policy.IpOwner;
import org.egov.itpm.policy.facts.ContractFacts;

/** A procurement contract of a project; dates are filled in as they happen (award notice, signing, filing). */
@Entity
@Table(name = "contract")
public class Contract {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContractKind kind;

    @Column(nullable = false)
    public String title;

    @Column(name = "supplier_name", nullable = false)
    public String supplierName;

    /** 统一社会信用代码 of the supplier (GB 32100). */
    @Column(name = "supplier_credit_code", nullable = false)
    public String supplierCreditCode;

    /** False when the code's check character does not match: kept, but flagged as a warning. */
    @Column(name = "credit_code_check_valid", nullable = false)
    public boolean creditCodeCheckValid;

    @Column(name = "award_notice_on")
    public LocalDate awardNoticeOn;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Column(name = "filed_on")
    public LocalDate filedOn;

    @Column(precision = 16, scale = 2)
    public BigDecimal amount;

    @Column(name = "implementation_months")
    public Integer implementationMonths;

    @Column(name = "warranty_months")
    public Integer warrantyMonths;

    @Column(name = "ip_ownership", nullable = false)
    public boolean ipOwnership;

    @Column(name = "data_ownership", nullable = false)
    public boolean dataOwnership;

    @Column(nullable = false)
    public boolean confidentiality;

    @Column(name = "acceptance_criteria", nullable = false)
    public boolean acceptanceCriteria;

    @Column(name = "ip_breach_liability", nullable = false)
    public boolean ipBreachLiability;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Who owns the results' intellectual property (Jianshan item 17, Jiangxi art.31); null when not recorded. */
    @Enumerated(EnumType.STRING)
    @Column(name = "ip_owner")
    public IpOwner ipOwner;

    /** The clauses on record; a recorded owner other than NOT_STATED means the contract has an IP ownership clause. */
    public Set<ContractClause> clauses() {
        Set<ContractClause> s = EnumSet.noneOf(ContractClause.class);
        if (ipOwnership || ipOwner != null && ipOwner != IpOwner.NOT_STATED) s.add(ContractClause.IP_OWNERSHIP);
        if (dataOwnership) s.add(ContractClause.DATA_OWNERSHIP);
        if (confidentiality) s.add(ContractClause.CONFIDENTIALITY);
        if (acceptanceCriteria) s.add(ContractClause.ACCEPTANCE_CRITERIA);
        if (ipBreachLiability) s.add(ContractClause.IP_BREACH_LIABILITY);
        return s;
    }

    public void clauses(Set<ContractClause> s) {
        ipOwnership = s.contains(ContractClause.IP_OWNERSHIP);
        dataOwnership = s.contains(ContractClause.DATA_OWNERSHIP);
        confidentiality = s.contains(ContractClause.CONFIDENTIALITY);
        acceptanceCriteria = s.contains(ContractClause.ACCEPTANCE_CRITERIA);
        ipBreachLiability = s.contains(ContractClause.IP_BREACH_LIABILITY);
    }

    public ContractFacts facts() {
        return new ContractFacts(id.toString(), title, kind, awardNoticeOn, signedOn, filedOn, amount,
                implementationMonths, warrantyMonths, clauses(), creditCodeCheckValid, java.util.Set.of(), ipOwner);
    }
}
