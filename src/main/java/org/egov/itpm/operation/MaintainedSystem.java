package org.egov.itpm.operation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** An O&M (运维) project maintains a system in operation (a completed project). */
@Entity
@Table(name = "om_maintained_system")
@IdClass(MaintainedSystem.Key.class)
public class MaintainedSystem {

    /** Composite key. */
    public static class Key implements Serializable {
        public UUID omProjectId;
        public UUID systemProjectId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(omProjectId, k.omProjectId) && java.util.Objects.equals(systemProjectId, k.systemProjectId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(omProjectId, systemProjectId);
        }
    }

    @Id
    @Column(name = "om_project_id")
    public UUID omProjectId;

    @Id
    @Column(name = "system_project_id")
    public UUID systemProjectId;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
