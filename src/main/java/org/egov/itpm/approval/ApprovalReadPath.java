package org.egov.itpm.approval;

import static java.util.Map.entry;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.egov.itpm.common.readpath.Column;
import org.egov.itpm.common.readpath.ReadPathContribution;
import org.egov.itpm.common.readpath.Relation;

/** Approvals of a project for the compiled read path (ADR 0016): the same rows, order and rules as the resolver. */
@ApplicationScoped
public class ApprovalReadPath implements ReadPathContribution {

    @Override
    public List<Relation> relations() {
        return List.of(
                Relation.list("Project", "approvals", "Approval", "approval", "project_id",
                        List.of("approved_on", "recorded_at", "id"),
                        Map.ofEntries(entry("id", Column.text("id")), entry("kind", Column.text("kind")),
                                entry("documentNumber", Column.text("document_number")),
                                entry("approvedOn", Column.date("approved_on")),
                                entry("approvedAmount", Column.literal("approved_amount")),
                                entry("issuingBody", Column.text("issuing_body")),
                                entry("recordedBy", Column.text("recorded_by")),
                                entry("recordedAt", Column.instant("recorded_at")),
                                entry("changeRequestId", Column.text("change_request_id"))),
                        ApprovalGraphQLApi.class, "approvals"));
    }
}
