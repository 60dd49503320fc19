package org.egov.itpm.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Who may record each document type (audit D3): the table of docs/security.md "Who records which act". */
class DocumentIssuerTest {

    static final List<String> UPLOADERS = List.of("unit-staff", "unit-lead", "authority-reviewer",
            "authority-approver", "ndrc-approver", "finance-officer", "security-officer", "expert", "supervisor",
            "evaluator");

    /** Every type not listed in {@link #shouldLetOnlyTheIssuerRecordAnActOfAnotherParty} is the unit's own. */
    static final Set<DocumentType> NOT_THE_UNITS = EnumSet.of(DocumentType.EXPERT_OPINION,
            DocumentType.THIRD_PARTY_ASSESSMENT_REPORT, DocumentType.SUPERVISION_REPORT,
            DocumentType.PRE_ACCEPTANCE_REVIEW_OPINION, DocumentType.DATA_SHARING_CONFIRMATION,
            DocumentType.CRYPTO_CONFIRMATION, DocumentType.ARCHIVE_ACCEPTANCE_OPINION, DocumentType.ACCEPTANCE_OPINION,
            DocumentType.OTHER);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EXPERT_OPINION                | expert authority-reviewer                                  | jianshan-2024 item 3
            THIRD_PARTY_ASSESSMENT_REPORT | evaluator ndrc-approver                                    | wushan-2022 art.9
            SUPERVISION_REPORT            | supervisor                                                 | jianshan-2024 item 13
            PRE_ACCEPTANCE_REVIEW_OPINION | authority-reviewer authority-approver                      | baotou-2024 art.22
            DATA_SHARING_CONFIRMATION     | authority-reviewer authority-approver                      | jiangxi-2024 art.30
            CRYPTO_CONFIRMATION           | security-officer                                           | jiangxi-2024 art.30
            ARCHIVE_ACCEPTANCE_OPINION    | authority-reviewer authority-approver                      | wushan-2022 art.23
            ACCEPTANCE_OPINION            | authority-reviewer authority-approver ndrc-approver        | jiangxi-2024 art.32
            """)
    void shouldLetOnlyTheIssuerRecordAnActOfAnotherParty(DocumentType type, String allowed, String citation) {
        Set<String> expected = Arrays.stream(allowed.split(" ")).collect(Collectors.toSet());
        for (String role : UPLOADERS) {
            assertThat(DocumentIssuer.mayRecord(type, Set.of(role))).as(type + " by " + role)
                    .isEqualTo(expected.contains(role));
        }
        String pack = citation.substring(0, citation.indexOf(' '));
        assertThat(DocumentIssuer.citation(type, pack)).map(c -> c.render()).hasValue(citation);
        assertThat(DocumentIssuer.citation(type, pack).orElseThrow().quote()).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void shouldLetTheUnitAndOnlyTheUnitRecordItsOwnMaterial(DocumentType type) {
        if (NOT_THE_UNITS.contains(type)) {
            assertThat(DocumentIssuer.mayRecord(type, Set.of("unit-staff"))).as(type.name())
                    .isEqualTo(type == DocumentType.OTHER);
            return;
        }
        assertThat(DocumentIssuer.of(type)).isEqualTo(DocumentIssuer.Party.UNIT);
        for (String role : UPLOADERS) {
            assertThat(DocumentIssuer.mayRecord(type, Set.of(role))).as(type + " by " + role)
                    .isEqualTo(role.startsWith("unit-"));
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void shouldNeverLetAuditorsPlatformOrAdminRecordDocuments(DocumentType type) {
        assertThat(DocumentIssuer.mayRecord(type, Set.of("auditor", "platform", "admin"))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = {"OTHER", "FEASIBILITY_STUDY_REPORT"})
    void shouldCiteNoArticleWhereNoSeedNamesAnIssuer(DocumentType type) {
        assertThat(DocumentIssuer.citations(type)).isEmpty();
    }
}
