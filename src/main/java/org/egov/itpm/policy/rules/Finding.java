package org.egov.itpm.policy.rules;

import java.util.Map;
import java.util.TreeMap;
import org.egov.itpm.policy.Severity;
import org.egov.itpm.policy.pack.Citation;

/**
 * Something wrong with a project now. {@code key} is deterministic so the service can diff the current set
 * against persisted findings and resolve those that disappeared; {@code facts} are the values the rule used.
 */
public record Finding(String key, String code, Severity severity, Citation cite, String messageEn, String messageZh,
                      Map<String, String> facts) {

    public Finding {
        facts = java.util.Collections.unmodifiableMap(new TreeMap<>(facts));
    }
}
