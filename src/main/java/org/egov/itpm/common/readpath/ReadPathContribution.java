package org.egov.itpm.common.readpath;

import java.util.List;

/** What a feature lets the compiled read path (ADR 0016) serve from its tables; a CDI bean per feature. */
public interface ReadPathContribution {

    List<Relation> relations();

    /** The feature's root lists (none by default). */
    default List<ListRoot> roots() {
        return List.of();
    }
}
