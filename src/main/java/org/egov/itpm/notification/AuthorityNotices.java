package org.egov.itpm.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.egov.itpm.common.Text;
import org.egov.itpm.notification.PeopleDirectory.Person;
import org.egov.itpm.policy.reminder.ReminderKind;

/**
 * Tells the bodies a unit's report goes to, e.g. a serious delay: the holders of the roles the pack names, nearest to
 * the project's region per role, or when it names none the supervising authority of the region (its reviewers and
 * approvers, as for missed deadlines). One in-app notification and one e-mail per person. Mandatory: a report the
 * seeds address to them cannot be turned off.
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

    /**
     * Notifies each person of {@code roles} (empty: the supervising authority) once per {@code key}; returns how many
     * were notified.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int inform(UUID projectId, String regionCode, Set<String> roles, String key, Text title, Text body,
                      String citation) {
        int count = 0;
        Recipients recipients = new Recipients(directory.all());
        for (Person person : roles.isEmpty() ? recipients.supervisingAuthority(regionCode)
                : recipients.nearestHolders(regionCode, roles)) {
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
