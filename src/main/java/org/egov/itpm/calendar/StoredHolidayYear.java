package org.egov.itpm.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A holiday year uploaded by an administrator; every revision is kept and the newest is in use. */
@Entity
@Table(name = "holiday_year")
@IdClass(StoredHolidayYear.Key.class)
public class StoredHolidayYear extends PanacheEntityBase {

    @Id
    public int year;

    @Id
    public int revision;

    @Column(nullable = false)
    public String body;

    public String reason;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    /** Composite key (year, revision). */
    public static class Key implements Serializable {
        public int year;
        public int revision;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && year == k.year && revision == k.revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(year, revision);
        }
    }
}
