package org.egov.itpm.project;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;

/** A Relay connection over projects. */
@Description("A page of projects (Relay connection). totalCount is computed only when asked for.")
public record ProjectConnection(List<ProjectEdge> edges, PageInfo pageInfo, @Ignore ProjectQuery query) {

    /** One project with its cursor. */
    public record ProjectEdge(String cursor, ProjectView node) {
    }

    /** Relay page info. */
    public record PageInfo(boolean hasNextPage, String endCursor) {
    }
}
