package org.egov.itpm.compliance;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.compliance.ComplianceService.Assessment;

/** Assessments computed during one request, so nextSteps, deadlines and findings of a page share one pass. */
@RequestScoped
public class AssessmentCache {
    final Map<UUID, Assessment> byProject = new HashMap<>();
}
