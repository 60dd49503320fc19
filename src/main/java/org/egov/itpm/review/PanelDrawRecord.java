package org.egov.itpm.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One draw of a round's panel, with what it takes to replay it: the sorted candidates and the seed (ADR 0011). */
@Entity
@Table(name = "panel_draw")
public class PanelDrawRecord {

    @Id
    public UUID id;

    @Column(name = "review_id", nullable = false)
    public UUID reviewId;

    @Column(name = "draw_no", nullable = false)
    public int drawNo;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> fields;

    @Column(name = "requested_count", nullable = false)
    public int requestedCount;

    @Column(name = "requested_reserves", nullable = false)
    public int requestedReserves;

    @Column(nullable = false)
    public long seed;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> candidates;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> panel;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> reserves;

    /** Reserves already called to fill declined seats, in order. */
    @Column(name = "reserves_used", nullable = false)
    public int reservesUsed;

    /** Declined seats no reserve was left to fill. */
    @Column(nullable = false)
    public int shortfall;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, Integer> excluded;

    @Column(name = "pool_as_of")
    public Instant poolAsOf;

    @Column(name = "pool_stale", nullable = false)
    public boolean poolStale;

    @Column(name = "drawn_by", nullable = false)
    public String drawnBy;

    @Column(name = "drawn_at", nullable = false)
    public Instant drawnAt;

    @Version
    public long version;
}
