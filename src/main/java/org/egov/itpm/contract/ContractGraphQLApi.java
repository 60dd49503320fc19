package org.egov.itpm.contract;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.egov.itpm.common.Ids;
import org.egov.itpm.common.RequestBatch;
import org.egov.itpm.project.ProjectView;
import org.egov.itpm.security.Roles;

/** Procurement contracts (合同) of a project. */
@GraphQLApi
public class ContractGraphQLApi {

    @Inject
    ContractService contracts;
    @Inject
    RequestBatch batch;

    @Mutation("registerContract")
    @Description("Register a contract (from PROCUREMENT on). The bound pack computes its deadlines (e.g. Qufu art.28:"
            + " sign within 10 working days of the award notice, file within 10 working days of signing) and checks"
            + " its periods and clauses (Qufu art.30, Jiangxi art.31); a signed SUPERVISION contract meets the 监理"
            + " gates (Baotou art.19, Jiangxi art.26, Wushan art.15).")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD})
    public ContractView registerContract(@Id @NonNull String projectId, @NonNull ContractInput input) {
        return ContractView.of(contracts.register(Ids.parse("projectId", projectId), input));
    }

    @Mutation("updateContract")
    @Description("Record dates as they happen (signedOn, filedOn) or correct fields; only the fields given change.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD})
    public ContractView updateContract(@Id @NonNull String contractId, @NonNull ContractInput input,
                                       Integer expectedVersion) {
        return ContractView.of(contracts.update(Ids.parse("contractId", contractId), input, expectedVersion));
    }

    @Description("Procurement contracts, in the order they were registered.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public List<List<ContractView>> contracts(@Source List<ProjectView> list) {
        Map<UUID, List<Contract>> byProject = batch.load("project", "contracts", list.stream().map(ProjectView::id)
                .toList(), List.of(), contracts::byProjects);
        return list.stream().map(p -> byProject.getOrDefault(p.id(), List.of()).stream().map(ContractView::of)
                .toList()).toList();
    }
}
