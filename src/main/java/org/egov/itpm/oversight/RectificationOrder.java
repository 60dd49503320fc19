package org.egov.itpm.oversight;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.egov.itpm.policy.Severity;

/**
 * An order to rectify within a time limit (限期整改, e.g. qufu-2024 art.41) or a finding raised by hand by an
 * oversight role; both cite an article of the project's pack and are resolved the same way: the unit reports, the
 * authority accepts, rejects (with a new time limit) or escalates to a measure of the pack.
 */
@Entity
@Table(name = "rectification_order")
public class RectificationOrder {

    /** An order carries a time limit; a manual finding may not. */
    @org.eclipse.microprofile.graphql.Name("RectificationKind")
    public enum Kind { ORDER, FINDING }

    /** ISSUED → REPORTED → ACCEPTED; REPORTED → ISSUED when rejected; ISSUED or REPORTED → ESCALATED. */
    @org.eclipse.microprofile.graphql.Name("RectificationState")
    public enum State { ISSUED, REPORTED, ACCEPTED, ESCALATED }

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(name = "pack_id", nullable = false)
    public String packId;

    @Column(name = "pack_version", nullable = false)
    public int packVersion;

    @Column(nullable = false)
    public String article;

    public String quote;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "due_on")
    public LocalDate dueOn;

    /** The date of the standing report (awaiting decision or accepted); cleared when a report is rejected. */
    @Column(name = "reported_on")
    public LocalDate reportedOn;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    @Column(name = "issuer_org_code")
    public String issuerOrgCode;

    @Column(name = "issuer_region")
    public String issuerRegion;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public int version;
}
