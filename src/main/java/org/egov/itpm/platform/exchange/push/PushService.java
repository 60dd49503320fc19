package org.egov.itpm.platform.exchange.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.egov.itpm.common.FieldError;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.organisation.OrganisationService;
import org.egov.itpm.platform.exchange.Retries;
import org.egov.itpm.project.Project;
import org.egov.itpm.project.ProjectExchange;
import org.egov.itpm.project.ProjectChanges;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.RegionCodes;

/** The two pushes (项目代码, approval results), each one transaction, retried when it lost a race. */
@ApplicationScoped
public class PushService {

    private final ProjectService projects;
    private final ProjectChanges changes;
    private final ProjectExchange exchange;
    private final OrganisationService organisations;
    private final ApprovalResultService results;
    private final IdempotencyService idempotency;
    private final CurrentUser user;
    private final ObjectMapper json;

    @Inject
    public PushService(ProjectService projects, ProjectChanges changes, ProjectExchange exchange, OrganisationService organisations,
                       ApprovalResultService results, IdempotencyService idempotency, CurrentUser user,
                       ObjectMapper json) {
        this.projects = projects;
        this.changes = changes;
        this.exchange = exchange;
        this.organisations = organisations;
        this.results = results;
        this.idempotency = idempotency;
        this.user = user;
        this.json = json;
    }

    /** Sets the 项目代码 of a project of the caller's province. */
    public NationalCodeResult nationalCode(String localCode, NationalCodeInput in) {
        String code = in == null || in.projectCode() == null ? null : in.projectCode().trim();
        String province = user.regionCode() == null ? null : RegionCodes.province(user.regionCode());
        List<FieldError> shape = NationalCodes.check("projectCode", code, province, null,
                organisations::regionInForce);
        if (!shape.isEmpty()) {
            throw new InvalidInputException(shape);
        }
        return Retries.inNewTransaction("project " + localCode, () -> {
            Project p = exchange.byCode(localCode);
            List<FieldError> errors = NationalCodes.check("projectCode", code, province, p.regionCode,
                    organisations::regionInForce);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            boolean changed = exchange.assignNationalCode(p, code);
            changes.flush();
            return new NationalCodeResult(p.localCode, p.nationalCode, changed);
        });
    }

    /** Stores an approval result; with an Idempotency-Key, a repeat of the same request returns the first answer. */
    public IdempotencyService.Stored approvalResult(String itemId, String idempotencyKey, ApprovalResultInput in) {
        IdempotencyService.checkKey(idempotencyKey);
        String caller = user.username();
        String requestHash = ApprovalResultService.sha256("PUT approval-results/" + itemId + "\n" + write(in));
        return Retries.inNewTransaction("approval item " + itemId, () -> {
            if (idempotencyKey != null) {
                var stored = idempotency.replay(caller, idempotencyKey, requestHash);
                if (stored.isPresent()) {
                    return stored.get();
                }
            }
            String body = write(results.push(itemId, in));
            if (idempotencyKey != null) {
                idempotency.remember(caller, idempotencyKey, requestHash, 200, body);
            }
            return new IdempotencyService.Stored(200, body);
        });
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
