package org.egov.itpm.policy.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.egov.itpm.policy.facts.ContractFacts;
import org.egov.itpm.policy.pack.Requirement;

/** English and Chinese wording of unmet requirements. */
final class RequirementText {

    private RequirementText() {
    }

    /** None of the requirement's alternatives is on record; {@code code} is KIND_MISSING or FACT_MISSING. */
    static Reason missing(String code, Requirement r) {
        String en = en(r.alternatives());
        String zh = zh(r.alternatives());
        String where = where(r);
        return switch (code) {
            case "REVIEW_MISSING" -> new Reason(code, r.code(), r.cite(),
                    "Review not passed: " + en + where, "尚未通过" + zh + where);
            case "APPROVAL_MISSING" -> new Reason(code, r.code(), r.cite(),
                    "Approval not on record: " + en + where, "缺少批复：" + zh + where);
            case "DOCUMENT_MISSING" -> new Reason(code, r.code(), r.cite(),
                    "Document missing: " + en + where, "缺少材料：" + zh + where);
            case "ATTESTATION_MISSING" -> new Reason(code, r.code(), r.cite(),
                    "Not confirmed: " + en + where, "未确认：" + zh + where);
            default -> new Reason(code, r.code(), r.cite(), "Not met: " + en + where, "未满足：" + zh + where);
        };
    }

    /** {@code ground} applies to the project, and the pack excludes it. */
    static Reason excluded(Requirement r, String ground) {
        String where = where(r);
        return new Reason("EXCLUDED", r.code(), r.cite(),
                "Excluded by the pack: " + Labels.en(ground) + where, "属于不予申报或支持的情形：" + Labels.zh(ground) + where);
    }

    static Reason trialRunTooShort(Requirement r, int months) {
        String where = where(r);
        return new Reason("TRIAL_RUN_TOO_SHORT", r.code(), r.cite(),
                "Trial run must last at least " + months + " months" + where, "须经" + months + "个月试运行" + where);
    }

    /** A contract lacks the document the requirement asks for per contract; the reason names the contract. */
    static Reason contractDocumentMissing(Requirement r, ContractFacts c) {
        String where = where(r);
        String name = c.title() == null ? c.id() : "\u201c" + c.title() + "\u201d";
        return new Reason("CONTRACT_DOCUMENT_MISSING", r.code(), r.cite(),
                "Contract " + name + " (" + c.kind() + ", " + c.id() + ") lacks: " + en(r.alternatives()) + where,
                "合同" + name + "（" + c.id() + "）缺少：" + zh(r.alternatives()) + where);
    }

    static Reason outOfOrder(Requirement r, String value, String after) {
        String where = where(r);
        return new Reason(r.kind().name() + "_OUT_OF_ORDER", r.code(), r.cite(),
                Labels.en(value) + " must come after " + Labels.en(after) + where,
                Labels.zh(value) + "应在" + Labels.zh(after) + "之后" + where);
    }

    private static String where(Requirement r) {
        return " (" + r.cite().render() + ")";
    }

    private static String en(List<String> values) {
        return values.stream().map(Labels::en).collect(Collectors.joining(" or "));
    }

    private static String zh(List<String> values) {
        return values.stream().map(Labels::zh).collect(Collectors.joining("或"));
    }
}
