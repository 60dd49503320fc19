package org.egov.itpm.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A government body or unit, identified by its 统一社会信用代码. People and roles live in Keycloak. */
@Entity
public class Organisation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "credit_code", nullable = false, unique = true, length = 18)
    public String creditCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationKind kind;

    @Column(name = "parent_authority_id")
    public UUID parentAuthorityId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
