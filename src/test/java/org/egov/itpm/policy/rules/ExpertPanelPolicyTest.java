package org.egov.itpm.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.egov.itpm.policy.ReviewType;
import org.egov.itpm.policy.pack.BuiltInPacks;
import org.egov.itpm.policy.pack.Pack;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expert steps need their panel and every member's signature (audit D4: Jianshan item 3, Jiangxi art.18, Baotou art.11). */
class ExpertPanelPolicyTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "jianshan-2024, EXPERT_ARGUMENTATION, jianshan-2024 item 3",
            "jiangxi-2024, EXPERT_ARGUMENTATION, jiangxi-2024 art.18",
            "baotou-2024, EXPERT_ARGUMENTATION, baotou-2024 art.11",
            "qufu-2024, CHANGE_REVIEW, qufu-2024 art.16",
            "wushan-2022, CHANGE_REVIEW, wushan-2022 art.9"})
    void shouldRefuseAnEmptyPanelForAnExpertStepCitingTheArticle(String packId, ReviewType type, String citation) {
        Pack pack = pack(packId);
        assertThat(ExpertPanelPolicy.onOpen(pack, type, 1)).isEmpty();
        List<Reason> open = ExpertPanelPolicy.onOpen(pack, type, 0);
        assertThat(open).extracting(Reason::code).containsExactly("EXPERT_PANEL_TOO_SMALL");
        assertThat(open.get(0).cite().render()).isEqualTo(citation);
        assertThat(ExpertPanelPolicy.onPass(pack, type, List.of(), List.of())).extracting(Reason::code)
                .containsExactly("EXPERT_PANEL_TOO_SMALL");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"jianshan-2024, EXPERT_ARGUMENTATION", "jiangxi-2024, EXPERT_ARGUMENTATION"})
    void shouldPassOnlyOnceEveryPanelMemberHasSigned(String packId, ReviewType type) {
        Pack pack = pack(packId);
        List<Reason> missing = ExpertPanelPolicy.onPass(pack, type, List.of("a", "b"), List.of("a"));
        assertThat(missing).extracting(Reason::code).containsExactly("EXPERT_OPINIONS_MISSING");
        assertThat(missing.get(0).messageEn()).contains("[b]");
        assertThat(ExpertPanelPolicy.onPass(pack, type, List.of("a", "b"), List.of("b", "a"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"jiangxi-2024, JOINT_REVIEW", "wushan-2022, THIRD_PARTY_ASSESSMENT", "qufu-2024, DEMAND_REVIEW",
            "qufu-2024, TECHNICAL_REVIEW", "baotou-2024, THIRD_PARTY_ASSESSMENT"})
    void shouldNotAskForExpertsWhereTheSeedGivesTheStepToSomeoneElse(String packId, ReviewType type) {
        assertThat(ExpertPanelPolicy.onOpen(pack(packId), type, 0)).isEmpty();
        assertThat(ExpertPanelPolicy.onPass(pack(packId), type, List.of(), List.of())).isEmpty();
    }

    private static Pack pack(String id) {
        return BuiltInPacks.load(id + ".json");
    }
}
