package org.egov.itpm.platform.exchange.push;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An approval item (办件) a provincial platform pushed, upserted by its APPROVAL_ITEMID. */
@Entity
@Table(name = "platform_approval_item")
public class PlatformApprovalItem {

    @Id
    @Column(name = "approval_item_id")
    public String approvalItemId;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "project_code", nullable = false)
    public String projectCode;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    @Column(name = "approval_kind", nullable = false)
    public String approvalKind;

    @Column(name = "current_state", nullable = false)
    public String currentState;

    @Column(name = "deal_time", nullable = false)
    public Instant dealTime;

    @Column(name = "plan_finish_date")
    public LocalDate planFinishDate;

    @Column(name = "dept_code", nullable = false)
    public String deptCode;

    @Column(name = "dept_name")
    public String deptName;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Column(name = "approval_num")
    public String approvalNum;

    @Column(name = "approval_money", precision = 16, scale = 2)
    public BigDecimal approvalMoney;

    @Column(name = "approval_id")
    public UUID approvalId;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "pushed_by", nullable = false)
    public String pushedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
