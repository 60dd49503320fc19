package org.egov.itpm.funding;

import static java.util.Map.entry;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.egov.itpm.common.readpath.Column;
import org.egov.itpm.common.readpath.ReadPathContribution;
import org.egov.itpm.common.readpath.Relation;

/** Annual plan and budget entries of a project for the compiled read path (ADR 0016): the same rows, order and rules as the resolver. */
@ApplicationScoped
public class FundingReadPath implements ReadPathContribution {

    @Override
    public List<Relation> relations() {
        return List.of(
                Relation.list("Project", "fundingEntries", "FundingEntry", "funding_entry", "project_id",
                        List.of("year", "kind", "id"),
                        Map.ofEntries(entry("id", Column.text("id")), entry("year", Column.literal("year")),
                                entry("kind", Column.text("kind")), entry("amount", Column.literal("amount")),
                                entry("documentNumber", Column.text("document_number")),
                                entry("enteredBy", Column.text("entered_by")),
                                entry("enteredAt", Column.instant("entered_at"))),
                        FundingGraphQLApi.class, "fundingEntries"));
    }
}
