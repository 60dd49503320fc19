package org.egov.itpm.acceptance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One step of a project's acceptance (验收), appended in order; the log is never changed. */
@Entity
@Table(name = "acceptance_step")
public class AcceptanceStep {

    /** What happened. */
    @org.eclipse.microprofile.graphql.Enum("AcceptanceStepKind")
    public enum Kind {
        /** 完工 */ COMPLETED,
        /** 初验 (self-organised) */ PRELIMINARY_ACCEPTANCE,
        /** 竣工验收前置审核 by the data bureau (Baotou art.22) */ PRE_ACCEPTANCE_REVIEW,
        /** 数据共享确认 by the data authority (Jiangxi art.30) */ DATA_SHARING_CONFIRMATION,
        /** 安全可靠与密码应用确认 by the crypto authority (Jiangxi art.30) */ CRYPTO_CONFIRMATION,
        /** 竣工验收申请 */ APPLIED,
        /** 延期验收申请 */ EXTENSION_REQUESTED,
        /** 档案验收 */ ARCHIVE_ACCEPTANCE,
        /** 竣工验收 result (passed or not) */ FINAL_ACCEPTANCE,
        /** 整改方案 after a failed acceptance */ RECTIFICATION_PLAN,
        /** 验收意见备案 */ OPINION_FILED
    }

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    /** 1, 2, … per project: the order of the log. */
    @Column(nullable = false)
    public int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "on_date", nullable = false)
    public LocalDate onDate;

    /** For reviews, confirmations and the final acceptance: the result. */
    public Boolean passed;

    /** For a rectification plan: when the rectification is due. */
    @Column(name = "due_on")
    public LocalDate dueOn;

    public String reference;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public boolean passed() {
        return Boolean.TRUE.equals(passed);
    }
}
