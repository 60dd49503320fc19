package org.egov.itpm.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.egov.itpm.calendar.HolidayYearUploaded;
import org.egov.itpm.pack.PolicyPackUploaded;

/**
 * After a holiday year or a pack version is uploaded, recomputes every open project's deadlines and findings at once
 * (the daily scan), so provisional deadlines become final and findings naming a successor follow without waiting
 * for the night.
 */
@ApplicationScoped
public class UploadRescan {

    @Inject
    DailyScan scan;

    void afterUpload(@Observes(during = TransactionPhase.AFTER_SUCCESS) HolidayYearUploaded event) {
        scan.run();
    }

    void afterUpload(@Observes(during = TransactionPhase.AFTER_SUCCESS) PolicyPackUploaded event) {
        scan.run();
    }
}
