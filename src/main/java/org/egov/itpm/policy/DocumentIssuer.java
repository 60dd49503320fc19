package org.egov.itpm.policy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.egov.itpm.policy.pack.Citation;

/**
 * Who issues each document type, hence which roles may record it: the unit records its own application and
 * construction material (even when a firm it hired wrote it), but never an act of an authority, an expert, the
 * supervisor or a third party the authority commissioned. Citations name the seed articles that say who acts.
 */
public final class DocumentIssuer {

    /** A party that issues documents, with the realm roles that record its acts. */
    public enum Party {
        /** 项目建设单位 */ UNIT("the project unit", "项目建设单位", Set.of("unit-staff", "unit-lead")),
        /** 主管部门 / 大数据中心 / 数据局 (also records the 档案 and data-sharing bodies' confirmations) */
        AUTHORITY("the competent authority", "主管部门", Set.of("authority-reviewer", "authority-approver")),
        /** 项目审批部门 that organises a final acceptance: the authority, or the NDRC (Jiangxi art.32) */
        ACCEPTANCE_ORGANISER("the acceptance organiser (authority or NDRC)", "验收组织单位（主管部门或发展改革部门）",
                Set.of("authority-reviewer", "authority-approver", "ndrc-approver")),
        /** 密码管理部门 */ CRYPTO_AUTHORITY("the crypto authority", "密码管理部门", Set.of("security-officer")),
        /** 专家 on a review panel of the project, or the reviewer who collates the signed opinions (Jianshan item 3) */
        EXPERT("an expert on the project's review panel", "项目评审专家组成员", Set.of("expert", "authority-reviewer")),
        /** 监理单位 */ SUPERVISOR("the supervisor", "监理单位", Set.of("supervisor")),
        /** 第三方咨询评估机构 commissioned by the NDRC (Wushan art.9) */
        THIRD_PARTY("the third-party assessor commissioned by the NDRC", "受发展改革部门委托的第三方评估机构",
                Set.of("evaluator", "ndrc-approver")),
        /** anyone who may upload at all */
        ANY("any party", "任一方", Set.of("unit-staff", "unit-lead", "authority-reviewer", "authority-approver",
                "ndrc-approver", "finance-officer", "security-officer", "expert", "supervisor", "evaluator"));

        private final String en;
        private final String zh;
        private final Set<String> roles;

        Party(String en, String zh, Set<String> roles) {
            this.en = en;
            this.zh = zh;
            this.roles = roles;
        }

        public String en() {
            return en;
        }

        public String zh() {
            return zh;
        }

        /** The realm roles that may record this party's documents. */
        public Set<String> roles() {
            return roles;
        }
    }

    private static final Map<DocumentType, Party> ISSUER = new EnumMap<>(DocumentType.class);
    private static final Map<DocumentType, List<Citation>> CITES = new EnumMap<>(DocumentType.class);

    static {
        for (DocumentType t : DocumentType.values()) {
            ISSUER.put(t, Party.UNIT);
        }
        ISSUER.put(DocumentType.OTHER, Party.ANY);
        issued(DocumentType.EXPERT_OPINION, Party.EXPERT,
                cite("jianshan-2024", "item 3", "数字政府信息化项目技术论证专家对出具的论证意见签名确认"),
                cite("jiangxi-2024", "art.18", "委托評估機構從專家庫選取專家開展評估,并出具評估報告"),
                cite("baotou-2024", "art.11", "市行政审批政务服务与数据管理局负责组织行业专家或委托第三方机构"));
        issued(DocumentType.THIRD_PARTY_ASSESSMENT_REPORT, Party.THIRD_PARTY,
                cite("wushan-2022", "art.9", "第三方咨询评估机构受县发展改革委委托开展项目评估工作，编制项目评估报告"));
        issued(DocumentType.SUPERVISION_REPORT, Party.SUPERVISOR,
                cite("jianshan-2024", "item 13", "委托工程监理单位对项目建设进行工程监理"),
                cite("jiangxi-2024", "art.26", "委托工程監理單位對項目建設進行工程監理"),
                cite("baotou-2024", "art.19", "对项目建设全过程进行监理"));
        issued(DocumentType.PRE_ACCEPTANCE_REVIEW_OPINION, Party.AUTHORITY,
                cite("baotou-2024", "art.22", "市行政审批政务服务与数据管理局应进行竣工验收前置审核"));
        issued(DocumentType.DATA_SHARING_CONFIRMATION, Party.AUTHORITY,
                cite("jiangxi-2024", "art.30", "項目的數據共享情況需經數據資源管理部門確認"));
        issued(DocumentType.CRYPTO_CONFIRMATION, Party.CRYPTO_AUTHORITY,
                cite("jiangxi-2024", "art.30", "軟硬件產品的安全可靠情況、密碼應用及安全性評估情況需經省國家密碼管理局(省內網辦)確認"));
        issued(DocumentType.ARCHIVE_ACCEPTANCE_OPINION, Party.AUTHORITY,
                cite("jianshan-2024", "item 18", "未进行档案验收或者档案验收不合格的，不得通过项目验收"),
                cite("wushan-2022", "art.23", "未进行档案验收或者档案验收不合格的，不得通过项目竣工验收"),
                cite("jiangxi-2024", "art.30", "檔案專項驗收情況"));
        issued(DocumentType.ACCEPTANCE_OPINION, Party.ACCEPTANCE_ORGANISER,
                cite("qufu-2024", "art.34", "验收组织单位出具验收意见并在项目管理系统备案"),
                cite("jiangxi-2024", "art.32", "省發展改革委會同省政府辦公廳、省財政廳對省級數字化項目進行竣工驗收,出具驗收意見"),
                cite("wushan-2022", "art.22", "申请县政府办公室（县大数据管理中心）组织竣工验收"));
    }

    private DocumentIssuer() {
    }

    /** The party that issues documents of this type. */
    public static Party of(DocumentType type) {
        return ISSUER.get(type);
    }

    /** Whether a caller holding {@code roles} may record a document of this type (panel membership aside). */
    public static boolean mayRecord(DocumentType type, Set<String> roles) {
        return roles.stream().anyMatch(of(type).roles()::contains);
    }

    /** The article of {@code packId} that names this type's issuer, if that seed names one. */
    public static Optional<Citation> citation(DocumentType type, String packId) {
        return CITES.getOrDefault(type, List.of()).stream().filter(c -> c.packId().equals(packId)).findFirst();
    }

    /** Every seed article that names this type's issuer. */
    public static List<Citation> citations(DocumentType type) {
        return CITES.getOrDefault(type, List.of());
    }

    private static void issued(DocumentType type, Party party, Citation... cites) {
        ISSUER.put(type, party);
        CITES.put(type, List.of(cites));
    }

    private static Citation cite(String packId, String article, String quote) {
        return new Citation(packId, article, quote);
    }
}
