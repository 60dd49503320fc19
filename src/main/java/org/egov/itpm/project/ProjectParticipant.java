package org.egov.itpm.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A 参建部门 taking part in a cross-department project led by the owning organisation. Only an APPROVED participant
 * gets access, and only the access of its {@link ParticipantRights}.
 */
@Entity
@Table(name = "project_participant")
@IdClass(ProjectParticipant.Key.class)
public class ProjectParticipant {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Id
    @Column(name = "organisation_id")
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantStatus status = ParticipantStatus.APPROVED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantRights rights = ParticipantRights.CONTRIBUTE_DOCUMENTS;

    @Column(name = "added_by")
    public String addedBy;

    @Column(name = "added_at")
    public Instant addedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    /** Composite key (project, organisation). */
    public static class Key implements Serializable {
        public UUID projectId;
        public UUID organisationId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(projectId, k.projectId)
                    && java.util.Objects.equals(organisationId, k.organisationId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(projectId, organisationId);
        }
    }
}
