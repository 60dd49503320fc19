package org.egov.itpm.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.policy.rules.Fixtures.d;

import java.time.LocalDate;
import java.util.List;
import org.egov.itpm.policy.Attestation;
import org.egov.itpm.policy.PlatformFiling;
import org.egov.itpm.policy.ProjectKind;
import org.egov.itpm.policy.Severity;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.egov.itpm.policy.pack.Pack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Findings of the fidelity audit's rows that lacked tests or substance (F1, F2, F3, S2, V3, Q7) and the
 * secure-reliable statements beyond DOMAIN's table (docs/fidelity.md), judged by the v2 packs.
 */
class AuditRowFindingsTest {

    private static final LocalDate TODAY = d("2025-11-03");

    private static List<Finding> found(Pack pack, ProjectFactsBuilder facts, String code) {
        return FindingPolicy.findings(pack, facts.build(), Fixtures.CALENDAR, TODAY).stream()
                .filter(f -> f.code().equals(code)).toList();
    }

    private static void one(List<Finding> findings, Severity severity, String citation) {
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(severity);
            assertThat(f.cite().render()).isEqualTo(citation);
        });
    }

    /** F1: 所有新建的…项目，均应在省投资项目在线审批监管平台报批 (ERROR in v2), 并及时填报项目实施进展情况 (WARNING). */
    @Test
    void jianshanItem4AsksANewProjectToRegisterOnTheProvincialPlatformAndFileProgress() {
        Pack jianshan = Fixtures.v2("jianshan-2024");
        ProjectFactsBuilder applied = Fixtures.project(jianshan).stage(Stage.APPLIED);
        ProjectFactsBuilder building = Fixtures.project(jianshan).stage(Stage.CONSTRUCTION).filed(PlatformFiling.PROJECT_REGISTERED);

        one(found(jianshan, applied, "PLATFORM_REGISTRATION"), Severity.ERROR, "jianshan-2024 item 4");
        one(found(jianshan, building, "PLATFORM_PROGRESS"), Severity.WARNING, "jianshan-2024 item 4");
    }

    @Test
    void jianshanItem4IsSatisfiedByTheFilingsAndAsksNothingOfAnOmProject() {
        Pack jianshan = Fixtures.v2("jianshan-2024");

        assertThat(found(jianshan, Fixtures.project(jianshan).stage(Stage.CONSTRUCTION)
                .filed(PlatformFiling.PROJECT_REGISTERED, PlatformFiling.PROGRESS), "PLATFORM_REGISTRATION")).isEmpty();
        assertThat(found(jianshan, Fixtures.project(jianshan).stage(Stage.CONSTRUCTION)
                .filed(PlatformFiling.PROJECT_REGISTERED, PlatformFiling.PROGRESS), "PLATFORM_PROGRESS")).isEmpty();
        assertThat(found(jianshan, Fixtures.project(jianshan).kind(ProjectKind.OPERATION_MAINTENANCE).stage(Stage.APPLIED),
                "PLATFORM_REGISTRATION")).isEmpty();
    }

    /** F2: progress (art.25) and the acceptance opinion (art.34) are filed in 项目管理系统. */
    @ParameterizedTest(name = "{0} at {1}: {2} when not filed")
    @CsvSource({"PLATFORM_PROGRESS, CONSTRUCTION, PROGRESS, qufu-2024 art.25",
            "PLATFORM_ACCEPTANCE, FINAL_ACCEPTANCE, ACCEPTANCE, qufu-2024 art.34"})
    void qufuArt25AndArt34FlagProgressAndAcceptanceNotFiledInTheProjectManagementSystem(String code, Stage stage,
                                                                                      PlatformFiling filing, String citation) {
        Pack qufu = Fixtures.v2("qufu-2024");

        one(found(qufu, Fixtures.project(qufu).stage(stage), code), Severity.WARNING, citation);
        assertThat(found(qufu, Fixtures.project(qufu).stage(stage).filed(filing), code)).isEmpty();
        assertThat(found(qufu, Fixtures.project(qufu).stage(Stage.APPROVED), code)).isEmpty();
    }

    /** F2, art.19: a project organised by a ministry or a provincial department is filed in 项目管理系统. */
    @Test
    void qufuArt19AsksAStateOrProvinceOrganisedProjectToBeFiledInTheProjectManagementSystem() {
        Pack qufu = Fixtures.v2("qufu-2024");
        ProjectFactsBuilder organised = Fixtures.project(qufu).stage(Stage.LIBRARY).attest(Attestation.ORGANISED_BY_STATE_OR_PROVINCE);

        one(found(qufu, organised, "PLATFORM_STATE_PROVINCE_PROJECT"), Severity.WARNING, "qufu-2024 art.19");
        assertThat(found(qufu, organised.filed(PlatformFiling.PROJECT_REGISTERED), "PLATFORM_STATE_PROVINCE_PROJECT")).isEmpty();
        assertThat(found(qufu, Fixtures.project(qufu).stage(Stage.LIBRARY), "PLATFORM_STATE_PROVINCE_PROJECT")).isEmpty();
    }

    /** F2, art.33: a re-approved change (重新履行审批手续) is then filed (变更情况在项目管理系统备案). */
    @Test
    void qufuArt33AsksTheFilingOfAReApprovedChange() {
        Pack qufu = Fixtures.v2("qufu-2024");
        ProjectFactsBuilder reApproved = Fixtures.project(qufu).stage(Stage.CONSTRUCTION)
                .approval(org.egov.itpm.policy.ApprovalKind.CHANGE_APPROVAL, d("2025-09-01"));

        one(found(qufu, reApproved, "PLATFORM_CHANGE"), Severity.WARNING, "qufu-2024 art.33");
        assertThat(found(qufu, reApproved.filed(PlatformFiling.CHANGE), "PLATFORM_CHANGE")).isEmpty();
        assertThat(found(qufu, Fixtures.project(qufu).stage(Stage.CONSTRUCTION), "PLATFORM_CHANGE")).isEmpty();
    }

    /** F3 check: 项目枢纽综合服务平台 from LIBRARY; art.12 funding is outside the library route. */
    @Test
    void baotouArt5FlagsALibraryProjectNotOnTheHubPlatform() {
        Pack baotou = Fixtures.v2("baotou-2024");

        one(found(baotou, Fixtures.project(baotou).stage(Stage.LIBRARY), "PLATFORM_LIBRARY"), Severity.WARNING,
                "baotou-2024 art.5");
        assertThat(found(baotou, Fixtures.project(baotou).stage(Stage.LIBRARY).filed(PlatformFiling.PROJECT_REGISTERED),
                "PLATFORM_LIBRARY")).isEmpty();
        assertThat(found(baotou, Fixtures.project(baotou).stage(Stage.DRAFT), "PLATFORM_LIBRARY")).isEmpty();
    }

    /** S2: 应当采用信创软硬件产品 is mandatory: an ERROR once construction starts (v1: WARNING). */
    @Test
    void baotouArt17FlagsConstructionWithoutXinchuangProductsAsAnError() {
        Pack baotou = Fixtures.v2("baotou-2024");

        one(found(baotou, Fixtures.project(baotou).stage(Stage.CONSTRUCTION), "XINCHUANG_PRODUCTS"), Severity.ERROR,
                "baotou-2024 art.17");
        assertThat(found(baotou, Fixtures.project(baotou).stage(Stage.PROCUREMENT), "XINCHUANG_PRODUCTS")).isEmpty();
    }

    @Test
    void baotouArt17IsSatisfiedByTheXinchuangAttestation() {
        Pack baotou = Fixtures.v2("baotou-2024");

        assertThat(found(baotou, Fixtures.project(baotou).stage(Stage.CONSTRUCTION).attest(Attestation.XINCHUANG_PRODUCTS),
                "XINCHUANG_PRODUCTS")).isEmpty();
    }

    /** V3: 鼓励…实行监理制 is an encouragement: INFO, never an error or a gate. */
    @Test
    void qufuArt32EncouragesSupervisionWithAnInfoFindingOnly() {
        Pack qufu = Fixtures.v2("qufu-2024");
        ProjectFactsBuilder building = Fixtures.project(qufu).stage(Stage.CONSTRUCTION).responsibilityLetterFiledOn(d("2025-01-01"));

        one(found(qufu, building, "SUPERVISION_ENCOURAGED"), Severity.INFO, "qufu-2024 art.32");
        assertThat(found(qufu, Fixtures.project(qufu).stage(Stage.PROCUREMENT), "SUPERVISION_ENCOURAGED")).isEmpty();
        assertThat(StageGatePolicy.check(qufu, Fixtures.project(qufu).stage(Stage.PROCUREMENT)
                .responsibilityLetterFiledOn(d("2025-01-01")).approval(org.egov.itpm.policy.ApprovalKind.PROJECT_APPROVAL,
                        d("2024-12-01")).build(), Stage.CONSTRUCTION, TODAY).isAllowed()).isTrue();
    }

    /** Q7: the technical plan's required contents and the 基本情况, each an ERROR finding citing art.15 until declared. */
    @Test
    void jiangxiArt15FlagsEachMissingTechnicalPlanChapterAndTheBasicInformation() {
        Pack jiangxi = Fixtures.v2("jiangxi-2024");
        ProjectFactsBuilder applied = Fixtures.project(jiangxi).stage(Stage.APPLIED);
        List<String> codes = List.of("BASIC_INFORMATION", "PLAN_INTENSIVE_BUILD", "PLAN_DATA_SHARING",
                "PLAN_SECURITY_PROTECTION", "PLAN_CRYPTO", "PLAN_SECURE_RELIABLE");

        codes.forEach(code -> one(found(jiangxi, applied, code), Severity.ERROR, "jiangxi-2024 art.15"));
        assertThat(found(jiangxi, Fixtures.project(jiangxi).stage(Stage.LIBRARY), "PLAN_CRYPTO")).isEmpty();
    }

    @Test
    void jiangxiArt15IsSatisfiedByTheDeclaredChaptersAndAsksNoTechnicalChapterOfAnOmProject() {
        Pack jiangxi = Fixtures.v2("jiangxi-2024");
        ProjectFactsBuilder declared = Fixtures.project(jiangxi).stage(Stage.APPLIED).attest(Attestation.BASIC_INFORMATION_COMPLETE,
                Attestation.PLAN_INTENSIVE_BUILD_CHAPTER, Attestation.PLAN_DATA_SHARING_CHAPTER,
                Attestation.PLAN_SECURITY_PROTECTION_CHAPTER, Attestation.PLAN_CRYPTO_CHAPTER,
                Attestation.SECURE_RELIABLE_STATEMENT);
        List<Finding> all = FindingPolicy.findings(jiangxi, declared.build(), Fixtures.CALENDAR, TODAY);
        assertThat(all).noneMatch(f -> f.cite().render().equals("jiangxi-2024 art.15"));

        ProjectFactsBuilder om = Fixtures.project(jiangxi).kind(ProjectKind.OPERATION_MAINTENANCE).stage(Stage.APPLIED)
                .attest(Attestation.BASIC_INFORMATION_COMPLETE);
        assertThat(FindingPolicy.findings(jiangxi, om.build(), Fixtures.CALENDAR, TODAY))
                .noneMatch(f -> f.cite().render().equals("jiangxi-2024 art.15"));
    }

    /** Beyond the table: the secure-reliable statement at 报批 (Jianshan item 12, Wushan art.16, Qufu art.7). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"jianshan-2024, jianshan-2024 item 12", "wushan-2022, wushan-2022 art.16", "qufu-2024, qufu-2024 art.7"})
    void secureReliableStatementIsAskedAtReviewCitingJianshanItem12WushanArt16QufuArt7(String packId, String citation) {
        Pack pack = Fixtures.v2(packId);

        one(found(pack, Fixtures.project(pack).stage(Stage.IN_REVIEW), "SECURE_RELIABLE_STATEMENT"), Severity.ERROR, citation);
        assertThat(found(pack, Fixtures.project(pack).stage(Stage.APPLIED), "SECURE_RELIABLE_STATEMENT")).isEmpty();
        assertThat(found(pack, Fixtures.project(pack).stage(Stage.IN_REVIEW).attest(Attestation.SECURE_RELIABLE_STATEMENT),
                "SECURE_RELIABLE_STATEMENT")).isEmpty();
    }
}
