package org.egov.itpm.organisation;

import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** An organisation as clients see it. */
@Name("Organisation")
@Description("A government body or project unit, identified by its 统一社会信用代码.")
public record OrganisationView(@Id UUID id, @Description("统一社会信用代码 (GB 32100).") String creditCode, String name,
                               @Description("GB/T 2260 region code.") String regionCode, OrganisationKind kind) {

    public static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id, o.creditCode, o.name, o.regionCode, o.kind);
    }
}
