package org.egov.itpm.platform.exchange.push;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An approval item (办件) result as the provincial platform pushes it, in the national platform's field names. */
@Schema(name = "ApprovalResultInput", description = "An approval item (办件) result. See docs/platform-exchange.md"
        + " for the ITEM_CODE and CURRENT_STATE values.")
public record ApprovalResultInput(
        @JsonProperty("APPROVAL_ITEMID") @Schema(description = "办件编号; must equal the path's approvalItemId")
        @Size(max = TextLimits.CODE) String approvalItemId,
        @JsonProperty("PROJECT_CODE") @Schema(description = "项目代码, or egov-itpm's localCode") @Size(max = TextLimits.CODE) String projectCode,
        @JsonProperty("ITEM_CODE") @Schema(description = "审批事项: PROJECT_PROPOSAL 项目建议书, FEASIBILITY_STUDY 可行性研究报告,"
                + " PRELIMINARY_DESIGN 初步设计, BUDGET_ESTIMATE 概算, GOVERNMENT_ENDORSEMENT 政府审定, FILING 备案,"
                + " PROJECT_APPROVAL 立项 (or the Chinese names)") @Size(max = TextLimits.CODE) String itemCode,
        @JsonProperty("CURRENT_STATE") @Schema(description = "ACCEPTED 受理, IN_PROGRESS 办理中, APPROVED 准予/批准,"
                + " FINISHED 办结, REJECTED 不予批准, WITHDRAWN 撤回; APPROVED and FINISHED record the approval")
        @Size(max = TextLimits.CODE) String currentState,
        @JsonProperty("DEAL_TIME") @Schema(description = "办理时间: ISO-8601 with offset, or yyyy-MM-dd HH:mm:ss in"
                + " Asia/Shanghai; not in the future") @Size(max = TextLimits.CODE) String dealTime,
        @JsonProperty("PLAN_FINISH_DATE") @Schema(description = "承诺办结日期 yyyy-MM-dd, not before DEAL_TIME",
                nullable = true) @Size(max = TextLimits.CODE) String planFinishDate,
        @JsonProperty("DEPT_CODE") @Schema(description = "审批部门代码 (统一社会信用代码)") @Size(max = TextLimits.CODE) String deptCode,
        @JsonProperty("DEPT_NAME") @Schema(description = "审批部门名称; recorded as the issuing body (else DEPT_CODE)",
                nullable = true) @Size(max = TextLimits.NAME) String deptName,
        @JsonProperty("DIVISION_CODE") @Schema(description = "审批部门行政区划 (GB/T 2260), in your province")
        @Size(max = TextLimits.CODE) String divisionCode,
        @JsonProperty("APPROVAL_NUM") @Schema(description = "批复文号; required for APPROVED and FINISHED", nullable = true)
        @Size(max = TextLimits.NAME) String approvalNum,
        @JsonProperty("APPROVAL_MONEY") @Schema(description = "Approved amount in 万元 (at most 6 decimals), if any",
                nullable = true) BigDecimal approvalMoney) {
}
