package org.egov.itpm.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.NotFoundException;
import org.egov.itpm.common.Text;
import org.egov.itpm.security.CurrentUser;

/**
 * What the provincial platform exchange needs of projects, kept out of {@link ProjectService}: the pull's keyset
 * page of changed projects, lookup by local code or 项目代码, and the 项目代码 the platform assigns.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProjectExchange {

    private final ProjectRepository repository;
    private final ExchangePageQuery pages;
    private final ProjectScope scope;
    private final ProjectService projects;
    private final ProjectChanges changes;
    private final AuditService audit;
    private final CurrentUser user;

    @Inject
    public ProjectExchange(ProjectRepository repository, ExchangePageQuery pages, ProjectScope scope,
                           ProjectService projects, ProjectChanges changes, AuditService audit, CurrentUser user) {
        this.repository = repository;
        this.pages = pages;
        this.scope = scope;
        this.projects = projects;
        this.changes = changes;
        this.audit = audit;
        this.user = user;
    }

    /**
     * A keyset page, ordered by (updated_at, id), of the projects in scope changed since {@code since} and not after
     * {@code until}; {@code after} is the cursor of the last row of the previous page. Used by the provincial platform
     * pull, whose rows PostgreSQL writes as JSON in one statement: {@code items} is the rows' JSON joined by commas
     * (PostgreSQL's UTF-8 bytes), each with {@code nodeJson} as its NODE_CODE; {@code lastChange} is the last row's
     * updated_at (null if none).
     */
    public ChangedPage changedSince(Instant since, Instant until, String after, int limit, String nodeJson) {
        ProjectOrder order = new ProjectOrder();
        order.field = ProjectOrder.ProjectSortField.UPDATED_AT;
        order.direction = ProjectOrder.SortDirection.ASC;
        ProjectQuery query = scope.sqlQuery().changedBetween(since, until).after(after, order);
        ExchangePageQuery.Result page = pages.run(query, limit, nodeJson);
        Instant last = page.lastTime() == null ? null : Instant.parse(page.lastTime());
        String next = last == null ? after
                : ProjectQuery.Cursor.encode(order.field, last, UUID.fromString(page.lastId()));
        return new ChangedPage(page.items(), next, page.more(), last);
    }

    /** Changed projects as UTF-8 JSON, the cursor after the last row (or the one given), and whether more follow. */
    public record ChangedPage(byte[] items, String nextCursor, boolean hasMore, Instant lastChange) {
    }

    /** SQL statements the pull's pages have run (its statement-count test reads it). */
    public long pageStatementCount() {
        return pages.statementCount();
    }

    /** The project in scope whose local code or 项目代码 is {@code code}; otherwise NOT_FOUND. */
    public Project byCode(String code) {
        return findByCode(code).orElseThrow(() -> new NotFoundException("project", code));
    }

    /**
     * The same look-up without an exception, for callers inside a larger transaction (the ledger import): a
     * NOT_FOUND thrown through this bean's transactional boundary would mark that transaction rollback-only.
     */
    public java.util.Optional<Project> findByCode(String code) {
        List<Project> found = repository.page(scope.query().code(code), new ProjectOrder(), 2);
        return found.stream().filter(p -> code.equals(p.localCode)).findFirst()
                .or(() -> found.stream().findFirst());
    }

    /**
     * Sets the 项目代码 the provincial platform assigned. The same code again changes nothing (returns false); a
     * different code on a project that has one, or a code another project holds, is NATIONAL_CODE_CONFLICT.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean assignNationalCode(Project p, String code) {
        // Identical pushes racing each other: each waits for the one before it to commit and then sees its code,
        // so every repeat is the documented no-op rather than a lost optimistic-lock race.
        repository.getEntityManager().refresh(p, LockModeType.PESSIMISTIC_WRITE);
        if (code.equals(p.nationalCode)) {
            return false;
        }
        if (p.nationalCode != null) {
            throw new ConflictException("NATIONAL_CODE_CONFLICT", new Text("project " + p.localCode
                    + " already has the 项目代码 " + p.nationalCode, "项目 " + p.localCode + " 已有项目代码 " + p.nationalCode));
        }
        Long holders = repository.getEntityManager().createQuery(
                "select count(p) from Project p where p.nationalCode = :code and p.id <> :id", Long.class)
                .setParameter("code", code).setParameter("id", p.id).getSingleResult();
        if (holders > 0) {
            throw new ConflictException("NATIONAL_CODE_CONFLICT", new Text("the 项目代码 " + code
                    + " is already assigned to another project", "项目代码 " + code + " 已分配给其他项目"));
        }
        p.nationalCode = code;
        audit.record(p.id, "Project", p.id, "NATIONAL_CODE", user.username(), Map.of("code", code));
        changes.changed(p, "NATIONAL_CODE", p.stage, p.stage);
        return true;
    }
}
