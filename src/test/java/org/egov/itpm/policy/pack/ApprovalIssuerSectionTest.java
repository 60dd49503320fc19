package org.egov.itpm.policy.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.egov.itpm.policy.ApprovalKind;
import org.junit.jupiter.api.Test;

/** The optional approvalIssuers / approvedMoveBy sections of a pack (audit P10). */
class ApprovalIssuerSectionTest {

    private static final String BASE = """
            {"id": "test-2024", "version": 1, "jurisdiction": {"name": "测试", "regionCode": "370881"},
             "effectiveFrom": "2024-01-01", "effectCite": {"article": "art.1", "quote": "施行"},
             "requirements": [], "change": {"mode": "NO_FILING_ROUTE", "cite": {"article": "art.2", "quote": "调整"}}
             %s}""";

    @Test
    void shouldLeaveEveryKindToEitherApproverWhenThePackSaysNothing() {
        Pack pack = PackParser.parse(BASE.formatted(""));
        assertThat(pack.approvalIssuers()).isEqualTo(ApprovalIssuers.NONE);
        assertThat(pack.approvalIssuers().of(ApprovalKind.PROJECT_APPROVAL)).isEmpty();
        assertThat(pack.approvalIssuers().approvedMoveRule()).isEmpty();
    }

    @Test
    void shouldReadTheIssuerOfAKindAndOfLixiangWithTheirCitations() {
        Pack pack = PackParser.parse(BASE.formatted("""
                , "approvalIssuers": [{"kind": "PROJECT_APPROVAL", "roles": ["ndrc-approver"],
                                       "cite": {"article": "art.20", "quote": "省发展改革委按程序开展审批"}}],
                  "approvedMoveBy": {"roles": ["ndrc-approver"], "cite": {"article": "art.20", "quote": "审批"}}"""));
        IssuerRule rule = pack.approvalIssuers().of(ApprovalKind.PROJECT_APPROVAL).orElseThrow();
        assertThat(rule.roles()).containsExactly("ndrc-approver");
        assertThat(rule.cite().render()).isEqualTo("test-2024 art.20");
        assertThat(pack.approvalIssuers().of(ApprovalKind.FEASIBILITY_STUDY)).isEmpty();
        assertThat(pack.approvalIssuers().approvedMoveRule().orElseThrow().roles()).containsExactly("ndrc-approver");
    }

    @Test
    void shouldRefuseARoleThatRecordsNoApprovalsADuplicateKindAndAMissingCitation() {
        assertThatThrownBy(() -> PackParser.parse(BASE.formatted("""
                , "approvalIssuers": [
                    {"kind": "PROJECT_APPROVAL", "roles": ["unit-lead"], "cite": {"article": "art.3", "quote": "q"}},
                    {"kind": "PROJECT_APPROVAL", "roles": ["ndrc-approver"]},
                    {"kind": "FILING", "roles": [], "cite": {"article": "art.3", "quote": "q"}}]""")))
                .isInstanceOfSatisfying(PackFormatException.class, e -> assertThat(e.problems())
                        .extracting(PackProblem::path).contains("$.approvalIssuers[0].roles",
                                "$.approvalIssuers[1].kind", "$.approvalIssuers[1].cite",
                                "$.approvalIssuers[2].roles"));
    }
}
