package org.egov.itpm.ledger.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A background import or export of the ledger; its input and result files are read and written by SQL only. */
@Entity
@Table(name = "ledger_job")
public class LedgerJob {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LedgerJobKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LedgerJobState state;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, Object> requester;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, Object> params;

    @Column(name = "rows_done", nullable = false)
    public int rowsDone;

    @Column(name = "rows_total")
    public Integer rowsTotal;

    public String owner;

    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "result_name")
    public String resultName;

    @Column(name = "result_type")
    public String resultType;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<LedgerProblem> errors;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
