package org.egov.itpm.platform.exchange.pull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.egov.itpm.common.Money;
import org.egov.itpm.policy.ProjectKind;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.project.Project;

/** One project as the national platform exchanges it (upper-case names are the national platform's fields). */
@Schema(name = "ExchangeProject", description = "A project in the national platform's field names (upper case) plus"
        + " egov-itpm's own (camel case). See docs/platform-exchange.md, \"Data mapping\".")
public record ExchangeProjectRow(
        @JsonProperty("PROJECT_CODE") @Schema(description = "项目代码 (GB/T 40058-2021); null until a platform assigns it.",
                nullable = true) String projectCode,
        @JsonProperty("localCode") @Schema(description = "egov-itpm's own code; use it in the push endpoints.")
        String localCode,
        @JsonProperty("PROJECT_NAME") @Schema(description = "项目名称") String projectName,
        @JsonProperty("DIVISION_CODE") @Schema(description = "GB/T 2260 region of the project (建设地点/行政区划).")
        String divisionCode,
        @JsonProperty("PROJECT_TYPE") @Schema(description = "Project kind: CONSTRUCTION 建设类, OPERATION_MAINTENANCE 运维类,"
                + " PURCHASED_SERVICE 政府购买服务.") ProjectKind projectType,
        @JsonProperty("START_YEAR") @Schema(description = "Year of the planned start, else the plan year.") int startYear,
        @JsonProperty("END_YEAR") @Schema(description = "Year of the planned end, else the plan year.") int endYear,
        @JsonProperty("TOTAL_MONEY") @Schema(description = "总投资 in 万元 (6 decimals): the approved estimate once approved,"
                + " else the estimated investment.") BigDecimal totalMoney,
        @JsonProperty("totalMoneyCny") @Schema(description = "The same amount in CNY (2 decimals).") BigDecimal totalMoneyCny,
        @JsonProperty("stage") @Schema(description = "Lifecycle stage in egov-itpm.") Stage stage,
        @JsonProperty("APPLY_DATE") @Schema(description = "申报日期; null before the project was applied for.",
                nullable = true) LocalDate applyDate,
        @JsonProperty("EXCHANGE_TIME") @Schema(description = "Last change (updated_at, UTC); the pull orders by it.")
        Instant exchangeTime,
        @JsonProperty("VALIDITY_FLAG") @Schema(description = "0 for WITHDRAWN, TERMINATED and REJECTED projects, else 1.")
        int validityFlag,
        @JsonProperty("NODE_CODE") @Schema(description = "Exchange node code of this installation (ITPM_EXCHANGE_NODE_CODE).")
        String nodeCode) {

    public static ExchangeProjectRow of(Project p, String nodeCode) {
        BigDecimal total = p.approvedEstimate != null ? p.approvedEstimate : p.estimatedInvestment;
        return new ExchangeProjectRow(p.nationalCode, p.localCode, p.name, p.regionCode, p.kind,
                p.plannedStart != null ? p.plannedStart.getYear() : p.planYear,
                p.plannedEnd != null ? p.plannedEnd.getYear() : p.planYear,
                Money.toWan(total), total, p.stage, p.appliedOn, p.updatedAt, validity(p.stage), nodeCode);
    }

    static int validity(Stage stage) {
        return stage == Stage.WITHDRAWN || stage == Stage.TERMINATED || stage == Stage.REJECTED ? 0 : 1;
    }
}
