package org.egov.itpm.policy.pack;

/** How a deadline's due date is computed; each names the parameters it reads. */
public enum DeadlineType {
    /** each contract signed within {@code workingDays} after its award notice (qufu-2024 art.28) */ CONTRACT_SIGNING,
    /** each contract filed within {@code workingDays} after signing (qufu-2024 art.28) */ CONTRACT_FILING,
    /** construction started within {@code months} after approval */ CONSTRUCTION_START,
    /** acceptance applied for within {@code months} after completion (an extension request counts where the pack has ACCEPTANCE_EXTENSION) */ ACCEPTANCE_APPLICATION,
    /**
     * the pack's extension route (延期验收申请, e.g. wushan-2022 art.22): an extension may be requested, and the
     * application is then due by the requested date; a pack without this rule refuses extension requests
     */ ACCEPTANCE_EXTENSION,
    /**
     * after a failed acceptance a rectification plan (整改方案) with a due date comes before applying again, and the
     * re-application is due by that date (qufu-2024 art.35 限期整改); without this rule a unit may re-apply directly
     */ RECTIFICATION,
    /** demand (annual application for the list or library) submitted by {@code month}/{@code day} of the year before the planned year */ DEMAND_WINDOW,
    /** approval within {@code years} of library entry */ LIBRARY_VALIDITY,
    /** a performance report by 31 December of every construction year */ PERFORMANCE_REPORT_YEARLY,
    /** a self-evaluation between {@code minMonths} and {@code maxMonths} after acceptance */ SELF_EVALUATION_WINDOW,
    /** a self-evaluation every 12 months after acceptance */ SELF_EVALUATION_YEARLY,
    /**
     * the authority sends next year's O&M budget proposal for a system in operation to finance by {@code month}/{@code day}
     * of every year from its final acceptance (jiangxi-2024 art.36)
     */ OM_BUDGET_PROPOSAL
}
