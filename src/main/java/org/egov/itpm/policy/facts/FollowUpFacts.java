package org.egov.itpm.policy.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The money and reporting duties around and after completion (issue #20): the planned end date, the final settlement
 * (决算) with the surplus it leaves and the surplus returned, the delay reports the unit filed, and the O&M budget
 * proposals sent for a system in operation, by budget-proposal year. Null and empty mean "not yet".
 */
public record FollowUpFacts(LocalDate plannedEnd, LocalDate settledOn, BigDecimal surplus, LocalDate surplusReturnedOn,
                            BigDecimal surplusReturned, List<LocalDate> delayReports,
                            Map<Integer, LocalDate> omBudgetProposals) {

    public static final FollowUpFacts NONE = new FollowUpFacts(null, null, null, null, null, List.of(), Map.of());

    public FollowUpFacts {
        delayReports = delayReports.stream().sorted().toList();
        omBudgetProposals = Map.copyOf(omBudgetProposals);
    }

    /** The acts dated on or before {@code on}. */
    public FollowUpFacts asOf(LocalDate on) {
        boolean settled = settledOn != null && !settledOn.isAfter(on);
        boolean returned = settled && surplusReturnedOn != null && !surplusReturnedOn.isAfter(on);
        return new FollowUpFacts(plannedEnd, settled ? settledOn : null, settled ? surplus : null,
                returned ? surplusReturnedOn : null, returned ? surplusReturned : null,
                delayReports.stream().filter(d -> !d.isAfter(on)).toList(),
                omBudgetProposals.entrySet().stream().filter(e -> !e.getValue().isAfter(on))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    public FollowUpFacts withPlannedEnd(LocalDate v) {
        return new FollowUpFacts(v, settledOn, surplus, surplusReturnedOn, surplusReturned, delayReports, omBudgetProposals);
    }

    public FollowUpFacts withSettlement(LocalDate on, BigDecimal surplusLeft) {
        return new FollowUpFacts(plannedEnd, on, surplusLeft, surplusReturnedOn, surplusReturned, delayReports,
                omBudgetProposals);
    }

    public FollowUpFacts withSurplusReturn(LocalDate on, BigDecimal amount) {
        return new FollowUpFacts(plannedEnd, settledOn, surplus, on, amount, delayReports, omBudgetProposals);
    }

    public FollowUpFacts withDelayReports(List<LocalDate> v) {
        return new FollowUpFacts(plannedEnd, settledOn, surplus, surplusReturnedOn, surplusReturned, v, omBudgetProposals);
    }

    public FollowUpFacts withOmBudgetProposals(Map<Integer, LocalDate> v) {
        return new FollowUpFacts(plannedEnd, settledOn, surplus, surplusReturnedOn, surplusReturned, delayReports, v);
    }

    /** A surplus left by the settlement and not (fully) returned. */
    public boolean surplusOutstanding() {
        return surplus != null && surplus.signum() > 0
                && (surplusReturned == null || surplusReturned.compareTo(surplus) < 0);
    }
}
