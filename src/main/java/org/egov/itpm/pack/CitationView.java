package org.egov.itpm.pack;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.egov.itpm.policy.pack.Citation;

/** Where a rule comes from. */
@Name("Citation")
@Description("The source of a rule: pack, article and a short verbatim quote. text reads e.g. 'qufu-2024 art.28'.")
public record CitationView(String pack, String article, String text, String quote) {

    public static CitationView of(Citation c) {
        return c == null ? null : new CitationView(c.packId(), c.article(), c.render(), c.quote());
    }
}
