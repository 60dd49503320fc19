package org.egov.itpm.project;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** One entry of a project's pack binding history. */
@Name("PackBinding")
@Description("A pack version bound to a project: at 申报 (APPLIED) or by an administrator (REBOUND, e.g. to a"
        + " successor or extension after the bound pack expired), with the date from which it judges the project's"
        + " acts, who bound it, when (audit time) and why.")
public record PackBindingView(String packId, int packVersion, PackBindingEntry.Kind kind,
                              @Description("The date from which this version judges the project's acts.")
                              LocalDate boundOn, Instant boundAt, String boundBy, String reason) {

    static PackBindingView of(PackBindingEntry e) {
        return new PackBindingView(e.packId, e.packVersion, e.kind, e.boundOn, e.boundAt, e.boundBy, e.reason);
    }
}
