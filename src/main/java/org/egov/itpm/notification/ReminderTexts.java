package org.egov.itpm.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.common.Text;
import org.egov.itpm.policy.pack.DeadlineType;

/** The words of reminders and digests: Chinese first, English after, every deadline with its article. */
final class ReminderTexts {

    private ReminderTexts() {
    }

    static Text duty(DueItem item) {
        return item.rectificationOrder() ? new Text("complete the ordered rectification", "完成限期整改")
                : duty(item.type());
    }

    static Text duty(DeadlineType type) {
        if (type == null) {
            return new Text("deadline", "期限事项");
        }
        return switch (type) {
            case CONTRACT_SIGNING -> new Text("sign the contract", "签订采购合同");
            case CONTRACT_FILING -> new Text("file the contract", "合同备案");
            case CONSTRUCTION_START -> new Text("start construction", "组织开工建设");
            case ACCEPTANCE_APPLICATION -> new Text("apply for final acceptance", "申请竣工验收");
            case ACCEPTANCE_EXTENSION -> new Text("apply for acceptance (extended)", "延期后申请竣工验收");
            case RECTIFICATION -> new Text("rectify and re-apply for acceptance", "限期整改并重新申请验收");
            case DEMAND_WINDOW -> new Text("submit the annual demand", "报送年度建设需求");
            case LIBRARY_VALIDITY -> new Text("obtain approval while the library entry is valid", "在项目库有效期内取得批复");
            case PERFORMANCE_REPORT_YEARLY -> new Text("submit the yearly performance report", "报送年度绩效报告");
            case SELF_EVALUATION_WINDOW, SELF_EVALUATION_YEARLY -> new Text("carry out the self-evaluation", "开展项目自评价");
            case OM_BUDGET_PROPOSAL -> new Text("send next year's O&M budget proposal to finance",
                    "形成下一年度运维项目预算建议并送财政部门");
        };
    }

    /** Title of a reminder notification. */
    static Text title(DueItem item) {
        Text duty = duty(item);
        String cite = item.deadline().cite().render();
        if (item.step().missed()) {
            return new Text("Overdue: " + duty.en() + " (" + cite + ")", "已逾期：" + duty.zh() + "（" + cite + "）");
        }
        if (item.workingDaysLeft() == 0) {
            return new Text("Due today: " + duty.en() + " (" + cite + ")", "今日到期：" + duty.zh() + "（" + cite + "）");
        }
        return new Text("Due in " + item.workingDaysLeft() + " working days: " + duty.en() + " (" + cite + ")",
                "还有" + item.workingDaysLeft() + "个工作日到期：" + duty.zh() + "（" + cite + "）");
    }

    /** Body of a reminder notification. */
    static Text body(DueItem item) {
        LocalDate due = item.deadline().due();
        String subject = item.deadline().subject();
        return new Text("Project " + item.projectName() + " (" + item.unitName() + "): " + duty(item).en()
                + " by " + due + (subject.equals("project") ? "" : " [" + subject + "]") + ". "
                + item.deadline().cite().render() + ": " + item.deadline().cite().quote(),
                "项目“" + item.projectName() + "”（" + item.unitName() + "）：须于" + due + "前" + duty(item).zh()
                + (subject.equals("project") ? "" : "［" + subject + "］") + "。依据 "
                + item.deadline().cite().render() + "：" + item.deadline().cite().quote());
    }

    /** The daily digest of one person: subject and plain-text body (at most {@value DigestItems#LISTED} items listed). */
    static Text[] dailyDigest(String displayName, LocalDate day, DigestItems digest) {
        int count = digest.total();
        Text subject = new Text("[egov-itpm] Your deadlines on " + day + " (" + count + ")",
                "【政务信息化项目管理】" + day + " 期限提醒（" + count + "项）");
        StringBuilder zh = new StringBuilder(displayName + "，您好：\n\n以下期限事项需要您关注：\n");
        StringBuilder en = new StringBuilder("Dear " + displayName + ",\n\nThese deadlines need your attention:\n");
        List<DueItem> items = digest.listed();
        byProject(items).forEach((id, list) -> {
            zh.append("\n■ ").append(list.get(0).projectName()).append("（").append(list.get(0).unitName()).append("）\n");
            en.append("\n■ ").append(list.get(0).projectName()).append(" (").append(list.get(0).unitName()).append(")\n");
            for (DueItem i : list) {
                zh.append("  - ").append(title(i).zh()).append("，截止 ").append(i.deadline().due()).append('\n');
                en.append("  - ").append(title(i).en()).append(", due ").append(i.deadline().due()).append('\n');
            }
        });
        more(zh, en, count - items.size());
        return new Text[] {subject, new Text(en.toString(), zh.toString())};
    }

    /** The weekly escalation digest of one authority: overdue items grouped by unit, then project. */
    static Text[] weeklyDigest(String displayName, LocalDate day, DigestItems digest) {
        List<DueItem> overdue = digest.listed();
        List<DueItem> openOrders = digest.listedOrders();
        Text subject = new Text("[egov-itpm] Overdue items in your jurisdiction, week of " + day + " ("
                + digest.total() + ")", "【政务信息化项目管理】" + day + " 所辖逾期事项周报（" + digest.total() + "项）");
        Map<String, List<DueItem>> byUnit = new LinkedHashMap<>();
        overdue.forEach(i -> byUnit.computeIfAbsent(i.unitName(), u -> new ArrayList<>()).add(i));
        StringBuilder zh = new StringBuilder(displayName + "，您好：\n\n所辖建设单位的逾期事项如下：\n");
        StringBuilder en = new StringBuilder("Dear " + displayName + ",\n\nOverdue items of the units you supervise:\n");
        byUnit.forEach((unit, list) -> {
            zh.append("\n● ").append(unit).append("（").append(list.size()).append("项）\n");
            en.append("\n● ").append(unit).append(" (").append(list.size()).append(")\n");
            for (DueItem i : list) {
                String cite = i.deadline().cite().render();
                zh.append("  - ").append(i.projectName()).append("：").append(duty(i).zh()).append("，应于 ")
                        .append(i.deadline().due()).append(" 前完成（").append(cite).append("）\n");
                en.append("  - ").append(i.projectName()).append(": ").append(duty(i).en()).append(", due ")
                        .append(i.deadline().due()).append(" (").append(cite).append(")\n");
            }
        });
        more(zh, en, digest.total() - overdue.size());
        if (!openOrders.isEmpty()) {
            zh.append("\n正在整改的限期整改事项（").append(digest.totalOrders()).append("项）：\n");
            en.append("\nOrders to rectify still running (").append(digest.totalOrders()).append("):\n");
            for (DueItem i : openOrders) {
                String cite = i.deadline().cite().render();
                zh.append("  - ").append(i.unitName()).append(" / ").append(i.projectName()).append("：整改期限 ")
                        .append(i.deadline().due()).append("（").append(cite).append("）\n");
                en.append("  - ").append(i.unitName()).append(" / ").append(i.projectName()).append(": time limit ")
                        .append(i.deadline().due()).append(" (").append(cite).append(")\n");
            }
            more(zh, en, digest.totalOrders() - openOrders.size());
        }
        return new Text[] {subject, new Text(en.toString(), zh.toString())};
    }

    /** The line that says how many items a digest counts but does not list. */
    private static void more(StringBuilder zh, StringBuilder en, int notListed) {
        if (notListed > 0) {
            zh.append("\n……另有").append(notListed).append("项未列出，请登录系统查看。\n");
            en.append("\n… and ").append(notListed).append(" more not listed here; see them in egov-itpm.\n");
        }
    }

    /** Mail text: the Chinese version, then the English one. */
    static String mailBody(Text body) {
        return body.zh() + "\n\n----------------------------------------\n\n" + body.en()
                + "\n\n本邮件由系统自动发送。/ This message was sent automatically.\n";
    }

    static String mailSubject(Text subject) {
        return subject.zh() + " / " + subject.en();
    }

    private static Map<UUID, List<DueItem>> byProject(List<DueItem> items) {
        Map<UUID, List<DueItem>> map = new LinkedHashMap<>();
        items.forEach(i -> map.computeIfAbsent(i.projectId(), p -> new ArrayList<>()).add(i));
        return map;
    }
}
