package org.egov.itpm.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.policy.rules.Fixtures.d;

import java.util.List;
import org.egov.itpm.policy.Attestation;
import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.policy.PlatformFiling;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.pack.Pack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OmFundingAndAcceptanceTest {

    @ParameterizedTest(name = "{0}: {1} refusal grounds, cited {2}")
    @CsvSource({"wushan-2022, 6, art.25", "qufu-2024, 6, art.25", "jiangxi-2024, 6, art.37"})
    void shouldRefuseOmFundingForEveryUnconfirmedGround(String packId, int grounds, String article) {
        Pack pack = Fixtures.pack(packId);

        OmFundingDecision decision = OmFundingPolicy.evaluate(pack, Fixtures.project(pack).stage(Stage.OPERATION).build());

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.refusals()).hasSize(grounds).allSatisfy(r -> assertThat(r.code()).isEqualTo("OM_FUNDING_REFUSED"));
        assertThat(decision.refusals()).anySatisfy(r -> assertThat(r.cite().render()).isEqualTo(packId + " " + article));
    }

    @ParameterizedTest(name = "{0}: O&M funding eligible once every ground is confirmed")
    @CsvSource({"wushan-2022", "qufu-2024", "jiangxi-2024", "jianshan-2024", "baotou-2024"})
    void shouldGrantOmFundingWhenEveryGroundIsConfirmed(String packId) {
        Pack pack = Fixtures.pack(packId);
        var facts = Fixtures.project(pack).stage(Stage.OPERATION).attest(Attestation.values())
                .filed(PlatformFiling.PROGRESS).build();

        assertThat(OmFundingPolicy.evaluate(pack, facts).eligible()).isTrue();
    }

    @Test
    void shouldNameTheSingleMissingQufuGround() {
        var facts = Fixtures.project(Fixtures.QUFU).stage(Stage.OPERATION).attest(Attestation.values()).build();

        assertThat(OmFundingPolicy.evaluate(Fixtures.QUFU, facts).refusals())
                .extracting(Reason::ruleCode).containsExactly("OM_PROGRESS_FILED");
    }

    @ParameterizedTest(name = "{0}: {1} acceptance documents")
    @CsvSource({"jianshan-2024, 5", "wushan-2022, 7", "qufu-2024, 0", "baotou-2024, 0", "jiangxi-2024, 11"})
    void shouldListEachPacksAcceptanceDocuments(String packId, int count) {
        Pack pack = Fixtures.pack(packId);
        var none = Fixtures.project(pack).build();

        assertThat(AcceptancePolicy.checklist(pack, none)).hasSize(count).noneMatch(ChecklistItem::present);
        assertThat(AcceptancePolicy.missingDocuments(pack, none)).hasSize(count);
    }

    @Test
    void shouldReportOnlyTheJiangxiDocumentsStillMissing() {
        var facts = Fixtures.project(Fixtures.JIANGXI).documents(DocumentType.PROJECT_SUMMARY, DocumentType.DATA_SHARING_REPORT,
                DocumentType.DATA_SHARING_CONFIRMATION, DocumentType.SECURE_RELIABLE_PRODUCTS_STATEMENT,
                DocumentType.FINANCIAL_REPORT, DocumentType.AUDIT_REPORT, DocumentType.THIRD_PARTY_TEST_REPORT,
                DocumentType.SECURITY_ASSESSMENT_REPORT, DocumentType.CRYPTO_ASSESSMENT_REPORT).build();

        List<Reason> missing = AcceptancePolicy.missingDocuments(Fixtures.JIANGXI, facts);

        assertThat(missing).extracting(Reason::ruleCode)
                .containsExactly("ACCEPTANCE_CONFIDENTIALITY_RISK_ASSESSMENT", "ACCEPTANCE_ARCHIVE_ACCEPTANCE_OPINION");
        assertThat(missing).allSatisfy(r -> assertThat(r.cite().render()).isEqualTo("jiangxi-2024 art.30"));
    }

    @Test
    void shouldAskQufuForOneAcceptanceReportPerContractAndNameTheContractsLackingIt() {
        var build = new org.egov.itpm.policy.facts.ContractFacts("C1", "教育云平台建设合同",
                org.egov.itpm.policy.ContractKind.CONSTRUCTION, d("2026-06-01"), d("2026-06-10"), null, null, 12, 24,
                java.util.Set.of(), true, java.util.Set.of());
        var supervise = new org.egov.itpm.policy.facts.ContractFacts("C2", "监理服务合同",
                org.egov.itpm.policy.ContractKind.SUPERVISION, d("2026-06-01"), d("2026-06-10"), null, null, null, null,
                java.util.Set.of(), true, java.util.Set.of());
        var facts = Fixtures.project(Fixtures.QUFU).contract(build).contract(supervise)
                .contractDocument("C1", DocumentType.CONTRACT_ACCEPTANCE_REPORT)
                .documents(DocumentType.CONTRACT_ACCEPTANCE_REPORT).build();

        assertThat(AcceptancePolicy.checklist(Fixtures.QUFU, facts))
                .extracting(ChecklistItem::contractId, ChecklistItem::present)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C1", true),
                        org.assertj.core.groups.Tuple.tuple("C2", false));
        List<Reason> missing = AcceptancePolicy.missingDocuments(Fixtures.QUFU, facts);
        assertThat(missing).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("CONTRACT_DOCUMENT_MISSING");
            assertThat(r.cite().render()).isEqualTo("qufu-2024 art.34");
            assertThat(r.messageZh()).contains("监理服务合同").contains("C2").contains("合同履约验收报告");
        });
        assertThat(StageGatePolicy.unmetFor(Fixtures.QUFU, facts, List.of(org.egov.itpm.policy.Stage.FINAL_ACCEPTANCE),
                d("2026-09-01"))).extracting(Reason::code).contains("CONTRACT_DOCUMENT_MISSING");
    }
}
