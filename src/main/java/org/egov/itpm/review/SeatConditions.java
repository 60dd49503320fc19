package org.egov.itpm.review;

import java.util.HashMap;
import java.util.Map;
import org.egov.itpm.security.EngagementLookup.Engaged;
import org.egov.itpm.security.ProjectCondition;

/**
 * An expert's panel seats as conditions over project alias p (issue #19): every seat but a declined one engages the
 * expert on the round's project ({@link Review#engagingSeats()}); the engagement is active while the round is open.
 * A subquery against the review tables, never the list of the expert's projects.
 */
final class SeatConditions {

    private SeatConditions() {
    }

    static Engaged of(String username) {
        Map<String, Object> params = new HashMap<>(Map.of("seatUser", username, "seatDeclined", SeatState.DECLINED));
        ProjectCondition reaches = seated("", params);
        params.put("seatOpen", ReviewStatus.OPEN);
        return new Engaged(reaches, seated(" and seatR.status = :seatOpen", params));
    }

    private static ProjectCondition seated(String also, Map<String, Object> params) {
        String where = " = p.id and seatM.username = :seatUser and seatM.state <> :seatDeclined" + also + ")";
        return new ProjectCondition("exists (select 1 from Review seatR join seatR.panel seatM where seatR.projectId"
                + where, "exists (select 1 from review seatR join review_panel_member seatM on seatM.review_id = seatR.id"
                + " where seatR.project_id" + where, params);
    }
}
