package org.egov.itpm.oversight;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Narrows the rectificationOrders list; every field optional. */
@Input("RectificationOrderFilter")
@Description("Narrows rectificationOrders; unset fields do not filter.")
public class OrderFilter {
    public RectificationOrder.State state;
    public RectificationOrder.Kind kind;
    @Description("true: not yet accepted; false: accepted.")
    public Boolean open;
    public @Size(max = TextLimits.CODE) UUID projectId;
}
