package org.egov.itpm.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.pack.Pack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who records each approval kind and who performs 立项, per pack (audit P10): the table of docs/security.md
 * "Who records which act". Every pack × kind is listed; "both" means the seed names no single body.
 */
class ApprovalIssuerPolicyTest {

    static final List<String> APPROVERS = List.of("authority-approver", "ndrc-approver");
    static final Set<String> BOTH = Set.copyOf(APPROVERS);

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            jiangxi-2024  | PROJECT_PROPOSAL       | ndrc-approver      | art.20
            jiangxi-2024  | FEASIBILITY_STUDY      | ndrc-approver      | art.20
            jiangxi-2024  | PRELIMINARY_DESIGN     | ndrc-approver      | art.20
            jiangxi-2024  | BUDGET_ESTIMATE        | ndrc-approver      | art.20
            jiangxi-2024  | PROJECT_APPROVAL       | ndrc-approver      | art.20
            jiangxi-2024  | GOVERNMENT_ENDORSEMENT | both               | -
            jiangxi-2024  | FILING                 | both               | -
            jiangxi-2024  | CHANGE_APPROVAL        | both               | -
            qufu-2024     | PROJECT_PROPOSAL       | authority-approver | art.4
            qufu-2024     | FEASIBILITY_STUDY      | authority-approver | art.4
            qufu-2024     | PRELIMINARY_DESIGN     | authority-approver | art.4
            qufu-2024     | BUDGET_ESTIMATE        | authority-approver | art.4
            qufu-2024     | PROJECT_APPROVAL       | authority-approver | art.16
            qufu-2024     | GOVERNMENT_ENDORSEMENT | both               | -
            qufu-2024     | FILING                 | authority-approver | art.4
            qufu-2024     | CHANGE_APPROVAL        | authority-approver | art.33
            baotou-2024   | PROJECT_PROPOSAL       | authority-approver | art.11
            baotou-2024   | FEASIBILITY_STUDY      | authority-approver | art.11
            baotou-2024   | PRELIMINARY_DESIGN     | authority-approver | art.11
            baotou-2024   | BUDGET_ESTIMATE        | authority-approver | art.11
            baotou-2024   | PROJECT_APPROVAL       | authority-approver | art.4
            baotou-2024   | GOVERNMENT_ENDORSEMENT | both               | -
            baotou-2024   | FILING                 | both               | -
            baotou-2024   | CHANGE_APPROVAL        | both               | -
            wushan-2022   | PROJECT_PROPOSAL       | ndrc-approver      | art.9
            wushan-2022   | FEASIBILITY_STUDY      | ndrc-approver      | art.4
            wushan-2022   | PRELIMINARY_DESIGN     | authority-approver | art.8
            wushan-2022   | BUDGET_ESTIMATE        | ndrc-approver      | art.4
            wushan-2022   | PROJECT_APPROVAL       | ndrc-approver      | art.9
            wushan-2022   | GOVERNMENT_ENDORSEMENT | both               | -
            wushan-2022   | FILING                 | both               | -
            wushan-2022   | CHANGE_APPROVAL        | both               | -
            jianshan-2024 | PROJECT_PROPOSAL       | both               | -
            jianshan-2024 | FEASIBILITY_STUDY      | both               | -
            jianshan-2024 | PRELIMINARY_DESIGN     | both               | -
            jianshan-2024 | BUDGET_ESTIMATE        | both               | -
            jianshan-2024 | PROJECT_APPROVAL       | both               | -
            jianshan-2024 | GOVERNMENT_ENDORSEMENT | both               | -
            jianshan-2024 | FILING                 | both               | -
            jianshan-2024 | CHANGE_APPROVAL        | both               | -
            """)
    void shouldLetOnlyTheIssuingBodyRecordAnApproval(String packId, ApprovalKind kind, String issuers, String article) {
        Pack pack = Fixtures.pack(packId);
        Set<String> allowed = issuers.equals("both") ? BOTH : Set.of(issuers);
        for (String role : APPROVERS) {
            Optional<Reason> refusal = ApprovalIssuerPolicy.refusal(pack, kind, Set.of(role));
            assertThat(refusal.isEmpty()).as(packId + " " + kind + " by " + role).isEqualTo(allowed.contains(role));
            refusal.ifPresent(r -> {
                assertThat(r.code()).isEqualTo("APPROVAL_NOT_ALLOWED_FOR_ROLE");
                assertThat(r.cite().render()).isEqualTo(packId + " " + article);
                assertThat(r.messageEn()).contains(packId + " " + article).contains(issuers);
                assertThat(r.messageZh()).contains(packId + " " + article).contains(r.cite().quote());
            });
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            jiangxi-2024  | ndrc-approver      | art.20
            qufu-2024     | authority-approver | art.16
            baotou-2024   | authority-approver | art.4
            wushan-2022   | both               | -
            jianshan-2024 | both               | -
            """)
    void shouldLetOnlyTheBodyThatGivesLixiangMoveAProjectToApproved(String packId, String movers, String article) {
        Pack pack = Fixtures.pack(packId);
        Set<String> allowed = movers.equals("both") ? BOTH : Set.of(movers);
        for (String role : APPROVERS) {
            Optional<Reason> refusal = ApprovalIssuerPolicy.moveRefusal(pack, Stage.APPROVED, Set.of(role));
            assertThat(refusal.isEmpty()).as(packId + " APPROVED by " + role).isEqualTo(allowed.contains(role));
            refusal.ifPresent(r -> {
                assertThat(r.code()).isEqualTo("STAGE_NOT_ALLOWED_FOR_ROLE");
                assertThat(r.cite().render()).isEqualTo(packId + " " + article);
            });
        }
    }

    @Test
    void shouldLeaveEveryOtherStageToTheRolePermissions() {
        for (Stage stage : EnumSet.complementOf(EnumSet.of(Stage.APPROVED))) {
            assertThat(ApprovalIssuerPolicy.moveRefusal(Fixtures.JIANGXI, stage, Set.of("authority-approver")))
                    .as(stage.name()).isEmpty();
        }
    }

    @Test
    void shouldLetACallerHoldingBothRolesRecordEitherBodysApproval() {
        assertThat(ApprovalIssuerPolicy.refusal(Fixtures.JIANGXI, ApprovalKind.PROJECT_APPROVAL, BOTH)).isEmpty();
        assertThat(ApprovalIssuerPolicy.refusal(Fixtures.BAOTOU, ApprovalKind.FEASIBILITY_STUDY, BOTH)).isEmpty();
    }
}
