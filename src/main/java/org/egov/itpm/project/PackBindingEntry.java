package org.egov.itpm.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry of a project's append-only pack binding history: the version bound at 申报 (APPLIED) or by an
 * administrator (REBOUND), the date from which it judges the project's acts, who and why.
 */
@Entity
@Table(name = "pack_binding")
public class PackBindingEntry {

    /** How a binding came about. */
    @org.eclipse.microprofile.graphql.Name("PackBindingKind")
    public enum Kind { APPLIED, REBOUND }

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "pack_id", nullable = false)
    public String packId;

    @Column(name = "pack_version", nullable = false)
    public int packVersion;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "bound_on", nullable = false)
    public LocalDate boundOn;

    @Column(name = "bound_at", nullable = false)
    public Instant boundAt;

    @Column(name = "bound_by", nullable = false)
    public String boundBy;

    public String reason;
}
