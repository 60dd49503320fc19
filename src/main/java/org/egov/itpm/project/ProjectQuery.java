package org.egov.itpm.project;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.project.ProjectOrder.ProjectSortField;
import org.egov.itpm.project.ProjectOrder.SortDirection;
import org.egov.itpm.security.ProjectCondition;
import org.egov.itpm.security.RegionCodes;

/**
 * Builds the WHERE and ORDER BY of a scoped, filtered, keyset-paginated project list over alias {@code p}, as JPQL
 * (the resolver path) or as SQL (the compiled read path, ADR 0016): one set of rules, two spellings of the names.
 */
final class ProjectQuery {

    /** How a query language spells the project's properties and the participant relation. */
    record Names(String ownerOrgId, String regionCode, String stage, String kind, String fundingSource,
                 String planYear, String estimatedInvestment, String name, String createdAt, String updatedAt,
                 String localCode, String nationalCode, String participantsOf, String participantOrg,
                 String participantProject, String participantApproved) {
    }

    static final Names JPQL = new Names("p.ownerOrgId", "p.regionCode", "p.stage", "p.kind", "p.fundingSource",
            "p.planYear", "p.estimatedInvestment", "p.name", "p.createdAt", "p.updatedAt", "p.localCode",
            "p.nationalCode", "ProjectParticipant", "organisationId", "projectId",
            "status = org.egov.itpm.project.ParticipantStatus.APPROVED");
    static final Names SQL = new Names("p.owner_org_id", "p.region_code", "p.stage", "p.kind", "p.funding_source",
            "p.plan_year", "p.estimated_investment", "p.name", "p.created_at", "p.updated_at", "p.local_code",
            "p.national_code", "project_participant", "organisation_id", "project_id", "status = 'APPROVED'");

    private final Names n;
    private final List<String> where = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    ProjectQuery() {
        this(JPQL);
    }

    ProjectQuery(Names names) {
        this.n = names;
    }

    Names names() {
        return n;
    }

    /**
     * Visible scope: admin (no clause), owner organisation or approved participant, region prefixes, the projects of
     * the caller's engagements (a condition with its own subqueries, never a list of ids). The organisation is its id
     * (JPQL, resolved before) or, in SQL, looked up by its credit code inside the statement (no extra round trip).
     */
    ProjectQuery scope(boolean everything, UUID orgId, String orgCode, List<String> regionPrefixes,
                       ProjectCondition engaged) {
        if (everything) {
            return this;
        }
        List<String> any = new ArrayList<>();
        String org = null;
        if (n == JPQL && orgId != null) {
            params.put("scopeOrg", orgId);
            org = ":scopeOrg";
        } else if (n == SQL && orgCode != null) {
            params.put("scopeOrgCode", orgCode);
            org = "(select so.id from organisation so where so.credit_code = :scopeOrgCode)";
        }
        if (org != null) {
            any.add(n.ownerOrgId() + " = " + org);
            any.add("exists (select 1 from " + n.participantsOf() + " pp where pp." + n.participantProject()
                    + " = p.id and pp." + n.participantOrg() + " = " + org + " and pp." + n.participantApproved() + ")");
        }
        if (engaged != null) {
            params.putAll(engaged.params());
            any.add(n == JPQL ? engaged.jpql() : engaged.sql());
        }
        for (int i = 0; i < regionPrefixes.size(); i++) {
            params.put("scopeRegion" + i, regionPrefixes.get(i) + "%");
            any.add(n.regionCode() + " like :scopeRegion" + i);
        }
        where.add(any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")");
        return this;
    }

    private static void requireAmount(String field, java.math.BigDecimal amount) {
        org.egov.itpm.common.Money.check(amount).ifPresent(problem -> {
            throw InvalidInputException.of(field, "INVALID_MONEY", problem.en(), problem.zh());
        });
    }

    ProjectQuery filter(ProjectFilter f) {
        if (f == null) {
            return this;
        }
        if (f.stages != null && !f.stages.isEmpty()) {
            add(n.stage() + " in :stages", "stages", f.stages);
        }
        if (f.regionCode != null) {
            if (!RegionCodes.isValid(f.regionCode)) {
                throw InvalidInputException.of("filter.regionCode", "INVALID_REGION_CODE",
                        "must be a 6-digit GB/T 2260 code", "须为6位GB/T 2260行政区划代码");
            }
            add(n.regionCode() + " like :region", "region", RegionCodes.scopePrefix(f.regionCode) + "%");
        }
        if (f.organisationId != null) {
            add("(" + n.ownerOrgId() + " = :org or exists (select 1 from " + n.participantsOf() + " fp where fp."
                    + n.participantProject() + " = p.id and fp." + n.participantOrg() + " = :org))", "org", f.organisationId);
        }
        if (f.kind != null) {
            add(n.kind() + " = :kind", "kind", f.kind);
        }
        if (f.fundingSource != null) {
            add(n.fundingSource() + " = :funding", "funding", f.fundingSource);
        }
        if (f.year != null) {
            add(n.planYear() + " = :year", "year", f.year);
        }
        if (f.minInvestment != null) {
            requireAmount("filter.minInvestment", f.minInvestment);
            add(n.estimatedInvestment() + " >= :minInv", "minInv", f.minInvestment);
        }
        if (f.maxInvestment != null) {
            requireAmount("filter.maxInvestment", f.maxInvestment);
            add(n.estimatedInvestment() + " <= :maxInv", "maxInv", f.maxInvestment);
        }
        if (f.nameContains != null && !f.nameContains.isBlank()) {
            String escaped = f.nameContains.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_");
            add("lower(" + n.name() + ") like :name escape '\\'", "name", "%" + escaped + "%");
        }
        return this;
    }

    /** Rows changed at or after {@code since} (when given) and not after {@code until}. */
    ProjectQuery changedBetween(Instant since, Instant until) {
        if (since != null) {
            add(n.updatedAt() + " >= :changedSince", "changedSince", since);
        }
        add(n.updatedAt() + " <= :changedUntil", "changedUntil", until);
        return this;
    }

    /** Only the project with this local code or 项目代码. */
    ProjectQuery code(String code) {
        add("(" + n.localCode() + " = :code or " + n.nationalCode() + " = :code)", "code", code);
        return this;
    }

    /** Rows strictly after the cursor in the given order. */
    ProjectQuery after(String cursor, ProjectOrder order) {
        if (cursor == null) {
            return this;
        }
        Cursor c = Cursor.decode(cursor, order.field);
        String cmp = order.direction == SortDirection.ASC ? ">" : "<";
        String col = column(order.field, n);
        params.put("cursorValue", c.value());
        params.put("cursorId", c.id());
        where.add("(" + col + " " + cmp + " :cursorValue or (" + col + " = :cursorValue and p.id " + cmp
                + " :cursorId))");
        return this;
    }

    String whereClause() {
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    Map<String, Object> params() {
        return params;
    }

    static String orderBy(ProjectOrder order) {
        return orderBy(order, JPQL);
    }

    static String orderBy(ProjectOrder order, Names names) {
        String dir = order.direction == SortDirection.ASC ? "asc" : "desc";
        return " order by " + column(order.field, names) + " " + dir + ", p.id " + dir;
    }

    static String column(ProjectSortField field, Names names) {
        return switch (field) {
            case CREATED_AT -> names.createdAt();
            case UPDATED_AT -> names.updatedAt();
            case NAME -> names.name();
            case ESTIMATED_INVESTMENT -> names.estimatedInvestment();
        };
    }

    private void add(String clause, String name, Object value) {
        where.add(clause);
        params.put(name, value);
    }

    /** Opaque page cursor: the sort value and the id of the last row, base64url-encoded. */
    record Cursor(Object value, UUID id) {

        static String encode(Project p, ProjectSortField field) {
            Object value = switch (field) {
                case CREATED_AT -> p.createdAt;
                case UPDATED_AT -> p.updatedAt;
                case NAME -> p.name;
                case ESTIMATED_INVESTMENT -> p.estimatedInvestment;
            };
            return encode(field, value, p.id);
        }

        /** The cursor of a row given its sort value (Instant, String or BigDecimal) and id. */
        static String encode(ProjectSortField field, Object value, UUID id) {
            String raw = field.name() + "|" + value + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        // A cursor is client input: what it carries must be a value the column can hold, or the database refuses it.
        private static Instant storable(Instant instant) {
            if (!org.egov.itpm.common.TextInput.inStorableRange(instant)) {
                throw new IllegalArgumentException("instant out of range");
            }
            return instant;
        }

        private static String text(String value) {
            if (org.egov.itpm.common.TextInput.hasNul(value)) {
                throw new IllegalArgumentException("NUL in cursor");
            }
            return value;
        }

        private static BigDecimal amount(BigDecimal value) {
            if (org.egov.itpm.common.Money.check(value).isPresent()) {
                throw new IllegalArgumentException("amount out of range");
            }
            return value;
        }

        static Cursor decode(String cursor, ProjectSortField field) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int first = raw.indexOf('|');
                int last = raw.lastIndexOf('|');
                if (!raw.substring(0, first).equals(field.name())) {
                    throw new IllegalArgumentException("cursor of another order");
                }
                String value = raw.substring(first + 1, last);
                UUID id = UUID.fromString(raw.substring(last + 1));
                Object typed = switch (field) {
                    case CREATED_AT, UPDATED_AT -> storable(Instant.parse(value));
                    case NAME -> text(value);
                    case ESTIMATED_INVESTMENT -> amount(new BigDecimal(value));
                };
                return new Cursor(typed, id);
            } catch (RuntimeException e) {
                throw InvalidInputException.of("after", "INVALID_CURSOR",
                        "is not a cursor of this list and order", "不是本列表及排序的分页游标");
            }
        }
    }
}
