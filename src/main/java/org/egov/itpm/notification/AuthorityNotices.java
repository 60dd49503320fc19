package org.egov.itpm.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.egov.itpm.common.Text;
import org.egov.itpm.notification.PeopleDirectory.Person;
import org.egov.itpm.policy.reminder.ReminderKind;

/**
 * Tells the supervising authority of a project's region (its reviewers and approvers, as for missed deadlines) about
 * something the unit reported, e.g. a serious delay: one in-app notification and one e-mail per person. Mandatory:
 * a report the seeds address to the authority cannot be turned off.
 */
@ApplicationScoped
public class AuthorityNotices {

    @Inject
    PeopleDirectory directory;
    @Inject
    NotificationService notifications;
    @Inject
    MailOutbox mail;
    @Inject
    Clock clock;

    /** Notifies each authority person once per {@code key}; returns how many were notified. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int inform(UUID projectId, String regionCode, String key, Text title, Text body, String citation) {
        int count = 0;
        for (Person person : new Recipients(directory.all()).supervisingAuthority(regionCode)) {
            String personal = key + ":" + person.username();
            if (!mail.enqueue(personal, person, ReminderKind.UNIT_REPORT.name(), ReminderTexts.mailSubject(title),
                    ReminderTexts.mailBody(body), clock.instant())) {
                continue; // already told
            }
            Notification n = new Notification();
            n.recipient = person.username();
            n.kind = ReminderKind.UNIT_REPORT;
            n.mandatory = true;
            n.projectId = projectId;
            n.titleZh = title.zh();
            n.titleEn = title.en();
            n.bodyZh = body.zh();
            n.bodyEn = body.en();
            n.citation = citation;
            notifications.add(n);
            count++;
        }
        return count;
    }
}
