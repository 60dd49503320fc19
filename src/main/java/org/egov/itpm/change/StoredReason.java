package org.egov.itpm.change;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.egov.itpm.common.RuleViolationException.CitedReason;
import org.egov.itpm.common.Text;
import org.egov.itpm.policy.rules.Reason;

/**
 * A cited reason as a change request stores it with its decision, so the decision stays what the pack said on the
 * day even if the pack changes later: one line per reason, tab-separated code, pack, article, English, Chinese.
 */
record StoredReason(String code, String packId, String article, String messageEn, String messageZh) {

    static String encode(List<Reason> reasons) {
        return reasons.stream().map(StoredReason::encode).collect(Collectors.joining("\n"));
    }

    static String encode(Reason r) {
        return String.join("\t", r.code(), r.cite().packId(), r.cite().article(), clean(r.messageEn()),
                clean(r.messageZh()));
    }

    static List<StoredReason> decode(String lines) {
        return lines.isEmpty() ? List.of() : Arrays.stream(lines.split("\n")).map(line -> line.split("\t", -1))
                .map(f -> new StoredReason(f[0], f[1], f[2], f[3], f[4])).toList();
    }

    String citation() {
        return packId + " " + article;
    }

    CitedReason cited() {
        return new CitedReason(code, packId, article, citation(), null, new Text(messageEn, messageZh));
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }
}
