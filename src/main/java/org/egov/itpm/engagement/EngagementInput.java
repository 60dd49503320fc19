package org.egov.itpm.engagement;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A recorded engagement: a supervisor or evaluator (person or organisation) for a legal period. */
@Input("EngagementInput")
@Description("SUPERVISION (recorded by the project's unit or an authority of its jurisdiction) or EVALUATION (recorded"
        + " by an authority or the NDRC of its jurisdiction); exactly one of username (a Keycloak user holding role"
        + " supervisor / evaluator) and organisationId. PANEL_SEAT and PARTICIPATION are derived, not recorded.")
public class EngagementInput {
    @NonNull
    public EngagementKind kind;
    @Description("At most 100 characters.")
    @Size(max = 100)
    public String username;
    @Id
    public UUID organisationId;
    @NonNull
    @Description("Legal date it starts (the contract or appointment): not in the future, not before the project's"
            + " first act, not after it closed.")
    public LocalDate validFrom;
    @Description("Legal date it ends, inclusive; not before validFrom, not after the project closed. Null: open.")
    public LocalDate validTo;
    @Description("At most 500 characters.")
    @Size(max = 500)
    public String note;
}
