package org.egov.itpm.policy.rules;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.egov.itpm.policy.pack.Requirement;

/** English and Chinese wording of unmet requirements. */
final class RequirementText {

    private RequirementText() {
    }

    static Reason reason(String code, Requirement r, String values) {
        String en = Arrays.stream(values.split("\\|")).map(Labels::en).collect(Collectors.joining(" or "));
        String zh = Arrays.stream(values.split("\\|")).map(Labels::zh).collect(Collectors.joining("或"));
        String where = " (" + r.cite().render() + ")";
        return switch (code) {
            case "REVIEW_MISSING" -> new Reason(code, r.code(), r.cite(),
                    "Review not passed: " + en + where, "尚未通过" + zh + where);
            case "APPROVAL_MISSING" -> new Reason(code, r.code(), r.cite(),
                    "Approval not on record: " + en + where, "缺少批复：" + zh + where);
            case "DOCUMENT_MISSING" -> new Reason(code, r.code(), r.cite(),
                    "Document missing: " + en + where, "缺少材料：" + zh + where);
            case "ATTESTATION_MISSING" -> new Reason(code, r.code(), r.cite(),
                    "Not confirmed: " + en + where, "未确认：" + zh + where);
            case "EXCLUDED" -> new Reason(code, r.code(), r.cite(),
                    "Excluded by the pack: " + en + where, "属于不予申报或支持的情形：" + zh + where);
            case "TRIAL_RUN_TOO_SHORT" -> new Reason(code, r.code(), r.cite(),
                    "Trial run must last at least " + r.months() + " months" + where,
                    "须经" + r.months() + "个月试运行" + where);
            default -> new Reason(code, r.code(), r.cite(), "Not met: " + en + where, "未满足：" + zh + where);
        };
    }

    /** A contract lacks the document the requirement asks for per contract; the reason names the contract. */
    static Reason contractDocumentMissing(Requirement r, org.egov.itpm.policy.facts.ContractFacts c) {
        String en = r.anyOf().stream().map(Labels::en).collect(Collectors.joining(" or "));
        String zh = r.anyOf().stream().map(Labels::zh).collect(Collectors.joining("或"));
        String where = " (" + r.cite().render() + ")";
        String name = c.title() == null ? c.id() : "\u201c" + c.title() + "\u201d";
        return new Reason("CONTRACT_DOCUMENT_MISSING", r.code(), r.cite(),
                "Contract " + name + " (" + c.kind() + ", " + c.id() + ") lacks: " + en + where,
                "合同" + name + "（" + c.id() + "）缺少：" + zh + where);
    }

    static Reason outOfOrder(Requirement r, String value, String after) {
        String where = " (" + r.cite().render() + ")";
        return new Reason(r.kind().name() + "_OUT_OF_ORDER", r.code(), r.cite(),
                Labels.en(value) + " must come after " + Labels.en(after) + where,
                Labels.zh(value) + "应在" + Labels.zh(after) + "之后" + where);
    }
}
