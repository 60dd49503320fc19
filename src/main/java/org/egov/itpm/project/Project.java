package org.egov.itpm.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.egov.itpm.policy.BuildType;
import org.egov.itpm.policy.FundingSource;
import org.egov.itpm.policy.ProjectKind;
import org.egov.itpm.policy.Stage;

/** A government IT project (or one phase of a multi-phase project). */
@Entity
public class Project {

    @Id
    public UUID id;

    @Column(name = "local_code", nullable = false, unique = true)
    public String localCode;

    /** 项目代码 (GB/T 40058) once the provincial platform assigns it. */
    @Column(name = "national_code")
    public String nationalCode;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "owner_org_id", nullable = false)
    public UUID ownerOrgId;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectKind kind;

    /** 新建 / 改扩建 / 升级改造; null when not stated. */
    @Enumerated(EnumType.STRING)
    @Column(name = "build_type")
    public BuildType buildType;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source", nullable = false)
    public FundingSource fundingSource;

    @Column(name = "parent_project_id")
    public UUID parentProjectId;

    @Column(name = "phase_no")
    public Integer phaseNo;

    @Column(name = "cross_department", nullable = false)
    public boolean crossDepartment;

    @Column(name = "plan_year", nullable = false)
    public int planYear;

    @Column(name = "estimated_investment", nullable = false, precision = 16, scale = 2)
    public BigDecimal estimatedInvestment;

    @Column(name = "approved_estimate", precision = 16, scale = 2)
    public BigDecimal approvedEstimate;

    @Column(name = "security_budget", precision = 16, scale = 2)
    public BigDecimal securityBudget;

    @Column(name = "planned_start")
    public LocalDate plannedStart;

    @Column(name = "planned_end")
    public LocalDate plannedEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage_before_suspension")
    public Stage stageBeforeSuspension;

    @Column(name = "policy_pack_id")
    public String policyPackId;

    @Column(name = "policy_pack_version")
    public Integer policyPackVersion;

    @Column(name = "applied_on")
    public LocalDate appliedOn;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Moves the project to {@code to}; the caller has already checked the policy's gates. */
    public void moveTo(Stage to, Instant at) {
        if (to == Stage.SUSPENDED) {
            stageBeforeSuspension = stage;
        } else if (stage == Stage.SUSPENDED) {
            stageBeforeSuspension = null;
        }
        stage = to;
        updatedAt = at;
    }

    public boolean isEditable() {
        return stage == Stage.DRAFT || stage == Stage.LIBRARY;
    }
}
