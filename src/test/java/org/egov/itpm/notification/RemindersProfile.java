package org.egov.itpm.notification;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Reminder tests count every reminder and e-mail, so they run on a database of their own
 * (testsupport.PostgresResource): other tests' projects and their deadlines never reach them.
 */
public class RemindersProfile implements QuarkusTestProfile {
}
