package org.egov.itpm.compliance;

import static java.util.Map.entry;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.egov.itpm.common.readpath.Column;
import org.egov.itpm.common.readpath.ReadPathContribution;
import org.egov.itpm.common.readpath.Relation;

/** Recorded findings of a project for the compiled read path (ADR 0016): the same rows, order and rules as the resolver. */
@ApplicationScoped
public class FindingReadPath implements ReadPathContribution {

    @Override
    public List<Relation> relations() {
        return List.of(
                Relation.list("Project", "findings", "RecordedFinding", "finding", "project_id", List.of("raised_at", "id"),
                        Map.ofEntries(entry("id", Column.text("id")), entry("projectId", Column.text("project_id")),
                                entry("key", Column.text("key")), entry("code", Column.text("code")),
                                entry("severity", Column.text("severity")),
                                entry("messageEn", Column.text("message_en")),
                                entry("messageZh", Column.text("message_zh")),
                                entry("raisedAt", Column.instant("raised_at")),
                                entry("resolvedAt", Column.instant("resolved_at")),
                                entry("open", new Column("({t}.resolved_at is null)", org.egov.itpm.common.readpath.Format.LITERAL)),
                                entry("origin", Column.text("origin")), entry("raisedBy", Column.text("raised_by"))),
                        ComplianceGraphQLApi.class, "findings"));
    }
}
