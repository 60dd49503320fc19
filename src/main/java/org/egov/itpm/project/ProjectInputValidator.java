package org.egov.itpm.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.egov.itpm.common.FieldError;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.Money;
import org.egov.itpm.common.Text;

/** Checks a {@link ProjectInput}, collecting every problem before anything is written. */
final class ProjectInputValidator {

    private ProjectInputValidator() {
    }

    static void validate(ProjectInput in, boolean creating) {
        List<FieldError> errors = new ArrayList<>();
        if (creating) {
            require(errors, in.name, "name");
            require(errors, in.kind, "kind");
            require(errors, in.fundingSource, "fundingSource");
            require(errors, in.year, "year");
            require(errors, in.estimatedInvestment, "estimatedInvestment");
        }
        if (in.name != null && (in.name.isBlank() || in.name.length() > 200)) {
            errors.add(new FieldError("name", "INVALID_NAME",
                    new Text("must be 1–200 characters", "须为1至200个字符")));
        }
        if (in.year != null && (in.year < 2000 || in.year > 2100)) {
            errors.add(new FieldError("year", "INVALID_YEAR", new Text("must be between 2000 and 2100",
                    "须在2000至2100之间")));
        }
        money(errors, in.estimatedInvestment, "estimatedInvestment");
        money(errors, in.securityBudget, "securityBudget");
        if (in.plannedStart != null && in.plannedEnd != null && in.plannedEnd.isBefore(in.plannedStart)) {
            errors.add(new FieldError("plannedEnd", "END_BEFORE_START",
                    new Text("must not be before plannedStart", "不得早于计划开始日期")));
        }
        if (in.phaseNo != null && (in.phaseNo < 1 || in.parentProjectId == null)) {
            errors.add(new FieldError("phaseNo", "INVALID_PHASE",
                    new Text("must be ≥ 1 and needs parentProjectId", "须不小于1且须指定所属项目")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void money(List<FieldError> errors, BigDecimal amount, String field) {
        Money.check(amount).ifPresent(text -> errors.add(new FieldError(field, "INVALID_MONEY", text)));
    }

    private static void require(List<FieldError> errors, Object value, String field) {
        if (value == null) {
            errors.add(new FieldError(field, "REQUIRED", new Text("is required", "为必填项")));
        }
    }
}
