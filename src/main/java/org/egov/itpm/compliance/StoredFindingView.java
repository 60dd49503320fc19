package org.egov.itpm.compliance;

import org.egov.itpm.pack.CitationView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.egov.itpm.policy.Severity;
import org.egov.itpm.policy.pack.Citation;

/** A recorded finding. */
@Name("RecordedFinding")
@Description("A finding as recorded: raised when the policy first reported it, resolved when cured; never deleted.")
public record StoredFindingView(@Id UUID id, UUID projectId, String key, String code, Severity severity,
                                String messageEn, String messageZh, CitationView citation,
                                List<FindingView.FactView> facts, Instant raisedAt, Instant resolvedAt,
                                boolean open,
                                @Description("POLICY: raised by the pack's evaluation; MANUAL: raised by an oversight"
                                        + " role (raisedBy) with raiseFinding.") String origin,
                                String raisedBy) {

    static StoredFindingView of(StoredFinding f) {
        CitationView cite = f.packId == null ? null : CitationView.of(new Citation(f.packId, f.article, f.quote));
        return new StoredFindingView(f.id, f.projectId, f.key, f.code, f.severity, f.messageEn, f.messageZh, cite,
                f.facts.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .map(e -> new FindingView.FactView(e.getKey(), e.getValue())).toList(),
                f.raisedAt, f.resolvedAt, f.resolvedAt == null, f.origin, f.raisedBy);
    }
}
