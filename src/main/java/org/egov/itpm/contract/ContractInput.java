package org.egov.itpm.contract;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.egov.itpm.policy.ContractClause;
import org.egov.itpm.policy.ContractKind;
import org.egov.itpm.policy.IpOwner;

/** A contract's fields; on update only the fields given change. */
@Input("ContractInput")
@Description("A procurement contract (CNY amounts). registerContract needs kind, title, supplierName and"
        + " supplierCreditCode; updateContract changes only the fields given (e.g. signedOn, then filedOn).")
public class ContractInput {
    public ContractKind kind;
    public @Size(max = TextLimits.NAME) String title;
    public @Size(max = TextLimits.NAME) String supplierName;
    @Description("统一社会信用代码 of the supplier, 18 characters (GB 32100). A malformed code is INVALID_INPUT;"
            + " a code whose check character does not match is stored and flagged (creditCodeCheckValid false).")
    public @Size(max = TextLimits.CODE) String supplierCreditCode;
    @Description("Date of the award notice (中标/成交通知书).")
    public LocalDate awardNoticeOn;
    public LocalDate signedOn;
    @Description("Date the signed contract was filed (备案) on the project platform.")
    public LocalDate filedOn;
    public BigDecimal amount;
    public Integer implementationMonths;
    public Integer warrantyMonths;
    @Description("Who the contract says owns the intellectual property of the results (成果知识产权归属). Jianshan"
            + " item 17 requires PROJECT_UNIT, Jiangxi art.31 GOVERNMENT; any owner but NOT_STATED also counts as the"
            + " IP_OWNERSHIP clause.")
    public IpOwner ipOwner;
    @Description("Clauses the contract contains; on update the list replaces the previous one.")
    public @Size(max = TextLimits.ITEMS) List<ContractClause> clauses;
}
