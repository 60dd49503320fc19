package org.egov.itpm.compliance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One run of the daily scan, whichever replica ran it. */
@Entity
@Table(name = "scan_run")
public class ScanRun extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public int projects;
    public int raised;
    public int resolved;

    @Column(nullable = false)
    public String status;

    /** The business day (Asia/Shanghai) of a scheduled run; null for a run started by hand. */
    @Column(name = "scan_day")
    public java.time.LocalDate scanDay;

    public String message;
}
