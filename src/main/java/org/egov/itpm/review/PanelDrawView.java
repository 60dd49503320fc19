package org.egov.itpm.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** A stored panel draw, with what it takes to replay it. */
@Name("PanelDraw")
@Description("One random draw of a round's panel (专家抽取, ADR 0011). candidates (sorted) and seed replay it:"
        + " see replayPanelDraw.")
public record PanelDrawView(@Id UUID id, @Id UUID reviewId, int drawNo, List<String> fields, int count,
                            int reservesRequested,
                            @Description("The seed, a signed 64-bit decimal integer.") String seed,
                            @Description("The eligible experts' usernames, sorted, as the draw saw them.")
                            List<String> candidates,
                            @Description("The drawn experts, in draw order (each got an INVITED seat).")
                            List<String> panel,
                            @Description("The reserves, in the order they are called when a drawn expert declines.")
                            List<String> reserves,
                            int reservesUsed,
                            @Description("Declined seats no reserve was left to fill; the authority may draw again.")
                            int shortfall,
                            @Description("Pool experts not drawn, counted per exclusion ground.")
                            List<ExclusionCount> excluded,
                            @Description("When the pool the draw used was last read from Keycloak.") Instant poolAsOf,
                            @Description("True when Keycloak could not be read and the draw used the last good copy.")
                            boolean poolStale,
                            String drawnBy, Instant drawnAt) {

    /** Pool experts excluded on one ground. */
    @Name("PanelDrawExclusion")
    @Description("Pool experts excluded on one ground: ALREADY_IN_ROUND, UNAVAILABLE, NO_MATCHING_FIELD,"
            + " APPLYING_UNIT, PARTICIPANT, CONFLICT_DECLARED, COOLDOWN (each expert counted once, first ground).")
    public record ExclusionCount(String ground, int count) {
    }

    static PanelDrawView of(PanelDrawRecord d) {
        return new PanelDrawView(d.id, d.reviewId, d.drawNo, d.fields, d.requestedCount, d.requestedReserves,
                Long.toString(d.seed), d.candidates, d.panel, d.reserves, d.reservesUsed, d.shortfall,
                d.excluded.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .map(e -> new ExclusionCount(e.getKey(), e.getValue())).toList(),
                d.poolAsOf, d.poolStale, d.drawnBy, d.drawnAt);
    }
}
