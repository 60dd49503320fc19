package org.egov.itpm.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A GB/T 2260 administrative region (jurisdiction). */
@Entity
public class Region extends PanacheEntityBase {

    @Id
    @Column(length = 6)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(nullable = false)
    public String level;
}
