package org.egov.itpm.common;

import java.util.List;
import java.util.Map;

/** A regulation forbids the action; every unmet reason is listed with its pack and article. */
public final class RuleViolationException extends DomainException {

    private final List<CitedReason> reasons;

    public RuleViolationException(String code, Text text, List<CitedReason> reasons) {
        super(code, text);
        this.reasons = List.copyOf(reasons);
    }

    public List<CitedReason> reasons() {
        return reasons;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("reasons", reasons);
    }

    @Override
    public int status() {
        return 422;
    }

    /** One unmet rule: stable code, citation ("qufu-2024 art.28"), and bilingual message. */
    public record CitedReason(String code, String pack, String article, String citation, String quote, Text message) {
    }
}
