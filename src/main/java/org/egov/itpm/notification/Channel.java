package org.egov.itpm.notification;

import org.eclipse.microprofile.graphql.Description;

/** Where a person receives reminders. The provincial platform's webhook is not a personal channel. */
@Description("A channel for reminders: IN_APP (the notifications list and subscription) or EMAIL (the daily digest).")
public enum Channel { IN_APP, EMAIL }
