package org.egov.itpm.pack;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A pack version uploaded by an administrator; its body is the pack JSON as uploaded. */
@Entity
@Table(name = "policy_pack")
@IdClass(StoredPack.Key.class)
public class StoredPack extends PanacheEntityBase {

    @Id
    public String id;

    @Id
    public int version;

    @Column(nullable = false)
    public String body;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    /** Composite key (id, version). */
    public static class Key implements Serializable {
        public String id;
        public int version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(id, k.id) && version == k.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, version);
        }
    }
}
