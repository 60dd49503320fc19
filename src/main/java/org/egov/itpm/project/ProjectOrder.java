package org.egov.itpm.project;

import org.eclipse.microprofile.graphql.Description;

/** Sort order of the project list; ties are broken by id so pages are stable. */
@org.eclipse.microprofile.graphql.Input("ProjectOrder")
@Description("Sort order of the project list; ties are broken by id so pages never skip or repeat a row.")
public class ProjectOrder {
    public ProjectSortField field = ProjectSortField.CREATED_AT;
    public SortDirection direction = SortDirection.DESC;

    /** Sortable columns of the project list. */
    public enum ProjectSortField { CREATED_AT, UPDATED_AT, NAME, ESTIMATED_INVESTMENT }

    /** Ascending or descending. */
    public enum SortDirection { ASC, DESC }
}
