package org.egov.itpm.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.eclipse.microprofile.graphql.Description;

/** An expert on a review panel (a Keycloak user with role expert). */
@Embeddable
@Description("An expert on a review panel.")
public class PanelMember {
    @Column(name = "username", nullable = false)
    public String username;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    public PanelMember() {
    }

    public PanelMember(String username, String displayName) {
        this.username = username;
        this.displayName = displayName;
    }
}
