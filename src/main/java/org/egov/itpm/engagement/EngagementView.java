package org.egov.itpm.engagement;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** An engagement as clients see it: recorded or derived, with its period judged today. */
@Name("Engagement")
@Description("A person or organisation engaged on a project (issue #15): a panel seat on a review round, supervision"
        + " (监理), third-party evaluation, or participation of another unit. An expert, supervisor or evaluator sees"
        + " exactly the projects of its engagements; once ENDED, read-only (docs/security.md).")
public record EngagementView(
        @Id @Description("The recorded engagement's id; for a derived one, the id of its review round, contract or"
                + " null (participant).") UUID id,
        @Id UUID projectId,
        String projectName,
        EngagementKind kind,
        EngagementSource source,
        @Description("The engaged person; null when an organisation is engaged.") String username,
        @Id @Description("The engaged organisation (recorded or participant); null for a person.") UUID organisationId,
        @Description("The supplier's 统一社会信用代码 of a derived contract engagement.") String creditCode,
        @Description("Legal date the engagement starts (contract signed, round opened, recorded start).")
        LocalDate validFrom,
        @Description("Legal date it ends, inclusive (round concluded, recorded end); null while open.") LocalDate validTo,
        @Description("NOT_STARTED, ACTIVE or ENDED today (Asia/Shanghai).") EngagementPeriod period,
        String note,
        String recordedBy) {

    static EngagementView of(Engagement e, String projectName, LocalDate today) {
        return new EngagementView(e.id, e.projectId, projectName, e.kind, EngagementSource.RECORDED, e.username,
                e.organisationId, null, e.validFrom, e.validTo, EngagementPeriod.on(today, e.validFrom, e.validTo), e.note,
                e.recordedBy);
    }
}
