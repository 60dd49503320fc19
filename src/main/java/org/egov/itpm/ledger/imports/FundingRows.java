package org.egov.itpm.ledger.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.egov.itpm.common.TextLimits;
import org.egov.itpm.funding.FundingEntry;
import org.egov.itpm.funding.FundingService;
import org.egov.itpm.ledger.export.SheetWriter.Column;
import org.egov.itpm.ledger.export.TemplateFormat;
import org.egov.itpm.ledger.imports.Step.Outcome;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.Roles;

/**
 * Rows of the 资金 sheet: addFundingEntry by the body that enters it (the annual plan by the NDRC, the budget by the
 * finance bureau), with the pack's checks (plan not before 立项, budget as planned). An entry with the same project,
 * year, kind and 文号 is left as it is; another entry of that year and kind is the service's FUNDING_ENTRY_EXISTS.
 */
@ApplicationScoped
class FundingRows {

    private static final List<String> KEYS = TemplateFormat.FUNDING.stream().map(Column::key).toList();

    private final FundingService funding;
    private final CurrentUser user;

    @Inject
    FundingRows(FundingService funding, CurrentUser user) {
        this.funding = funding;
        this.user = user;
    }

    Step parse(ImportRow row, Set<String> seen) {
        String key = row.text("projectKey", TextLimits.CODE, true);
        Integer year = row.integer("year", 2000, 2100, true);
        FundingEntry.Kind kind = row.choice("kind", FundingEntry.Kind.class, true);
        BigDecimal amount = row.amount("amount", true);
        String number = row.text("documentNumber", TextLimits.NAME, false);
        if (key == null || year == null || kind == null || amount == null) {
            return null;
        }
        if (!seen.add(key + "|" + year + "|" + kind + "|" + number)) {
            row.duplicate("documentNumber", key + " " + year + " " + kind + " " + (number == null ? "" : number));
            return null;
        }
        FundingService.Entry entry = new FundingService.Entry(year, kind, amount, number);
        return new Step(row, key, null, Step.FUNDING_ACT, "amount", KEYS, id -> record(row, entry, id));
    }

    private Outcome record(ImportRow row, FundingService.Entry entry, UUID id) {
        boolean present = funding.byProjects(List.of(id)).getOrDefault(id, List.of()).stream()
                .anyMatch(f -> f.year == entry.year() && f.kind == entry.kind()
                        && Objects.equals(f.documentNumber, entry.documentNumber()));
        if (present) {
            return Outcome.UNCHANGED;
        }
        String enters = entry.kind() == FundingEntry.Kind.BUDGET ? Roles.FINANCE_OFFICER : Roles.NDRC_APPROVER;
        if (!user.hasRole(enters)) {
            row.notYourAct("kind", "a " + entry.kind() + " entry is entered by " + enters,
                    entry.kind() + " 由 " + enters + " 录入");
            return Outcome.REFUSED;
        }
        funding.add(id, entry);
        return Outcome.CREATED;
    }
}
