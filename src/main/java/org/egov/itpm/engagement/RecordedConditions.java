package org.egov.itpm.engagement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.egov.itpm.security.EngagementLookup.Engaged;
import org.egov.itpm.security.ProjectCondition;

/**
 * Recorded engagements of one kind naming a person or its organisation, as conditions over project alias p (issue
 * #19): they reach their project from {@code validFrom} and are active until {@code validTo} inclusive, judged on
 * {@code today} in Asia/Shanghai — the rule of {@link EngagementPeriod#on}, in SQL.
 */
final class RecordedConditions {

    private final String kindParam;
    private final boolean byOrg;
    private final Map<String, Object> params = new HashMap<>();

    private RecordedConditions(EngagementKind kind, String username, String orgCode, LocalDate today) {
        kindParam = "recordedKind" + kind.name().replace("_", ""); // a parameter name has no underscore
        byOrg = orgCode != null;
        params.putAll(Map.of(kindParam, kind, "recordedUser", username, "recordedToday", today));
        if (byOrg) {
            params.put("recordedOrgCode", orgCode);
        }
    }

    /** The organisation is its credit code, looked up inside the statement (no round trip, as ProjectQuery does). */
    static Engaged of(EngagementKind kind, String username, String orgCode, LocalDate today) {
        RecordedConditions c = new RecordedConditions(kind, username, orgCode, today);
        return new Engaged(c.condition(false), c.condition(true));
    }

    private ProjectCondition condition(boolean activeOnly) {
        return new ProjectCondition(spelled(activeOnly, "Engagement", "projectId", "organisationId = (select recO.id"
                        + " from Organisation recO where recO.creditCode", "validFrom", "validTo"),
                spelled(activeOnly, "engagement", "project_id", "organisation_id = (select recO.id from organisation recO"
                        + " where recO.credit_code", "valid_from", "valid_to"), params);
    }

    private String spelled(boolean activeOnly, String table, String project, String orgIs, String from, String to) {
        String whom = "recE.username = :recordedUser" + (byOrg ? " or recE." + orgIs + " = :recordedOrgCode)" : "");
        return "exists (select 1 from " + table + " recE where recE." + project + " = p.id and recE.kind = :"
                + kindParam + " and (" + whom + ") and recE." + from + " <= :recordedToday"
                + (activeOnly ? " and (recE." + to + " is null or recE." + to + " >= :recordedToday)" : "") + ")";
    }
}
