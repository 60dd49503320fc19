package org.egov.itpm.construction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.egov.itpm.common.FieldError;
import org.egov.itpm.common.Money;
import org.egov.itpm.common.Text;
import org.egov.itpm.notification.AuthorityNotices;
import org.egov.itpm.policy.pack.CheckRule;
import org.egov.itpm.policy.pack.Citation;
import org.egov.itpm.project.Project;
import org.egov.itpm.project.ProjectJudgement;
import org.egov.itpm.project.ProjectJudgements;

/**
 * A serious delay (工程严重逾期) or major loss (投资重大损失) is reported (jianshan-2024 item 22, wushan-2022 art.18,
 * jiangxi-2024 art.28) to the bodies the pack's DELAY_REPORT article names (its {@code reportTo} roles: the NDRC and
 * finance for Wushan; the general office, NDRC and finance for Jiangxi), else to the supervising authority of the
 * region: each gets a notification and an e-mail citing the article.
 */
@ApplicationScoped
class SeriousIncidentNotice {

    @Inject
    AuthorityNotices notices;
    @Inject
    ProjectJudgements judgements;

    static boolean serious(ConstructionReport.Kind kind) {
        return kind == ConstructionReport.Kind.SERIOUS_DELAY || kind == ConstructionReport.Kind.SERIOUS_LOSS;
    }

    /** A loss report carries the amount lost (CNY), no other report does. */
    static void validateLossAmount(ConstructionReport.Kind kind, BigDecimal amount, List<FieldError> errors) {
        if (kind == ConstructionReport.Kind.SERIOUS_LOSS && amount == null) {
            errors.add(new FieldError("lossAmount", "REQUIRED", new Text("is required for a SERIOUS_LOSS report",
                    "重大损失报告须填写损失金额")));
        } else if (kind != ConstructionReport.Kind.SERIOUS_LOSS && amount != null) {
            errors.add(new FieldError("lossAmount", "ONLY_FOR_LOSS", new Text("is given only on a SERIOUS_LOSS report",
                    "仅重大损失报告填写损失金额")));
        }
        Money.check(amount).ifPresent(t -> errors.add(new FieldError("lossAmount", "INVALID_MONEY", t)));
    }

    void inform(Project p, ConstructionReport r) {
        if (!serious(r.kind)) {
            return;
        }
        CheckRule.DelayReport rule = delayReport(p);
        Citation cite = rule == null ? null : rule.cite();
        String zhCite = cite == null ? "" : "（" + cite.render() + "）";
        String enCite = cite == null ? "" : " (" + cite.render() + ")";
        boolean delay = r.kind == ConstructionReport.Kind.SERIOUS_DELAY;
        String loss = r.lossAmount == null ? "" : r.lossAmount.toPlainString();
        Text title = new Text((delay ? "Serious delay reported: " : "Major loss reported: ") + p.name + enCite,
                (delay ? "工程严重逾期报告：" : "投资重大损失报告：") + p.name + zhCite);
        Text body = new Text("Project " + p.name + " (" + p.localCode + ") reported on " + r.reportedOn
                + (delay ? " a serious delay" : " a major loss of " + loss + " CNY") + ": " + r.summary + enCite,
                "项目 " + p.name + "（" + p.localCode + "）于" + r.reportedOn + "报告"
                        + (delay ? "工程严重逾期" : "投资重大损失" + loss + "元") + "：" + r.summary + zhCite);
        notices.inform(p.id, p.regionCode, rule == null ? Set.of() : rule.reportTo(), "incident:" + r.id, title, body,
                cite == null ? null : cite.render());
    }

    private CheckRule.DelayReport delayReport(Project p) {
        ProjectJudgement j = judgements.of(p);
        return !j.hasPack() ? null : j.pack().checks().stream().filter(c -> c instanceof CheckRule.DelayReport)
                .map(CheckRule.DelayReport.class::cast).findFirst().orElse(null);
    }
}
