package org.egov.itpm.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.policy.rules.Fixtures.BAOTOU;
import static org.egov.itpm.policy.rules.Fixtures.JIANGXI;
import static org.egov.itpm.policy.rules.Fixtures.JIANSHAN;
import static org.egov.itpm.policy.rules.Fixtures.QUFU;
import static org.egov.itpm.policy.rules.Fixtures.WUSHAN;

import java.time.LocalDate;
import java.util.List;
import org.egov.itpm.policy.pack.EscalationKind;
import org.egov.itpm.policy.pack.EscalationMeasure;
import org.egov.itpm.policy.pack.Pack;
import org.junit.jupiter.api.Test;

/** Which measures each pack lets an unmet order be escalated to, and when (issue #18). */
class EscalationPolicyTest {

    private static List<EscalationKind> kinds(Pack pack) {
        return pack.escalationMeasures().stream().map(EscalationMeasure::kind).toList();
    }

    @Test
    void qufuWushanAndJiangxiNameTheFullLadderUpToTermination() {
        List<EscalationKind> ladder = List.of(EscalationKind.NOTICE_OF_CRITICISM, EscalationKind.SUSPEND_FUNDING,
                EscalationKind.SUSPEND_CONSTRUCTION, EscalationKind.TERMINATE);
        assertThat(kinds(QUFU)).isEqualTo(ladder);
        assertThat(kinds(WUSHAN)).isEqualTo(ladder);
        assertThat(kinds(JIANGXI)).isEqualTo(ladder);
        assertThat(QUFU.escalationMeasures()).allSatisfy(m -> assertThat(m.cite().render()).isEqualTo("qufu-2024 art.41"));
        assertThat(WUSHAN.escalationMeasures()).allSatisfy(m -> assertThat(m.cite().article()).isEqualTo("art.29"));
        assertThat(JIANGXI.escalationMeasures()).allSatisfy(m -> assertThat(m.cite().article()).isEqualTo("art.41"));
    }

    @Test
    void baotouStopsAtSuspensionAndRefusesTerminationCitingArt25() {
        assertThat(kinds(BAOTOU)).containsExactly(EscalationKind.NOTICE_OF_CRITICISM, EscalationKind.SUSPEND_FUNDING,
                EscalationKind.SUSPEND_CONSTRUCTION);
        assertThat(EscalationPolicy.measure(BAOTOU, "TERMINATE")).isEmpty();
        Reason refusal = EscalationPolicy.notInPack(BAOTOU, "TERMINATE");
        assertThat(refusal.code()).isEqualTo("ESCALATION_MEASURE_NOT_IN_PACK");
        assertThat(refusal.cite().render()).isEqualTo("baotou-2024 art.25");
        assertThat(refusal.messageEn()).contains("DEFER_PLAN_OR_FUNDS");
    }

    @Test
    void jianshanNamesOnlySuspensionOfConstructionInItem22() {
        assertThat(kinds(JIANSHAN)).containsExactly(EscalationKind.SUSPEND_CONSTRUCTION);
        assertThat(JIANSHAN.escalationMeasures().get(0).cite().render()).isEqualTo("jianshan-2024 item 22");
        assertThat(EscalationPolicy.measure(JIANSHAN, "NOTICE_OF_CRITICISM")).isEmpty();
    }

    @Test
    void aPackWithoutTheSectionRefusesEveryMeasureCitingItsEffectArticle() {
        Pack old = new Pack(QUFU.id(), 9, QUFU.jurisdiction(), null, null, QUFU.effectiveFrom(), null,
                QUFU.effectCite(), QUFU.requirements(), List.of(), List.of(), List.of(), List.of(), null, List.of(),
                List.of(), null);
        assertThat(old.escalationMeasures()).isEmpty();
        Reason refusal = EscalationPolicy.notInPack(old, "NOTICE_OF_CRITICISM");
        assertThat(refusal.cite()).isEqualTo(QUFU.effectCite());
        assertThat(refusal.messageEn()).contains("names no escalation measure");
    }

    @Test
    void anOrderIsEscalatedOnlyOnceItsTimeLimitHasPassed() {
        EscalationMeasure notice = EscalationPolicy.measure(QUFU, "NOTICE_OF_CRITICISM").orElseThrow();
        LocalDate due = LocalDate.of(2026, 3, 31);
        assertThat(EscalationPolicy.notOverdue(notice, due, due)).hasValueSatisfying(r -> {
            assertThat(r.code()).isEqualTo("ORDER_NOT_OVERDUE");
            assertThat(r.cite().render()).isEqualTo("qufu-2024 art.41");
        });
        assertThat(EscalationPolicy.notOverdue(notice, due, due.plusDays(1))).isEmpty();
    }

    @Test
    void onlySuspendingFundingIsActedOnByTheService() {
        assertThat(EscalationPolicy.effect(EscalationKind.SUSPEND_FUNDING)).isEqualTo(EscalationPolicy.Effect.BLOCKS_FUNDING);
        assertThat(EscalationPolicy.effect(EscalationKind.NOTICE_OF_CRITICISM)).isEqualTo(EscalationPolicy.Effect.RECORDED);
        assertThat(EscalationPolicy.effect(EscalationKind.TERMINATE))
                .isEqualTo(EscalationPolicy.Effect.CARRIED_OUT_BY_LIFECYCLE);
    }

    @Test
    void ordersCiteArticlesOfTheRegulationOnly() {
        assertThat(OrderArticles.isArticleOf(QUFU, "art.41")).isTrue();
        assertThat(OrderArticles.isArticleOf(QUFU, "art.47")).isTrue();
        assertThat(OrderArticles.isArticleOf(QUFU, "art.48")).isFalse();
        assertThat(OrderArticles.isArticleOf(BAOTOU, "art.30")).isFalse();
        assertThat(OrderArticles.isArticleOf(JIANSHAN, "item 22")).isTrue();
        assertThat(OrderArticles.isArticleOf(JIANSHAN, "art.22")).isFalse();
        assertThat(OrderArticles.isArticleOf(JIANSHAN, "notice")).isTrue();
        assertThat(OrderArticles.isArticleOf(QUFU, "")).isFalse();
    }
}
