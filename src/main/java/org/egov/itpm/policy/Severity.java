package org.egov.itpm.policy;

/** How serious a finding is. */
public enum Severity { INFO, WARNING, ERROR }
