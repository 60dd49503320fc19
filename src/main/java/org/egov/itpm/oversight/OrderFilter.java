package org.egov.itpm.oversight;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
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
    @Description("A project id: malformed ids are refused as INVALID_INPUT, not converted.")
    public @Size(max = TextLimits.CODE) String projectId;
}
