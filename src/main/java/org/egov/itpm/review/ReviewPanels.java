package org.egov.itpm.review;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.RuleViolationException;
import org.egov.itpm.common.Text;
import org.egov.itpm.policy.ReviewType;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.rules.ExpertPanelPolicy;
import org.egov.itpm.policy.rules.Reason;
import org.egov.itpm.project.ProjectJudgements;
import org.egov.itpm.project.Project;
import org.egov.itpm.project.Reasons;
import org.egov.itpm.security.ExpertDirectory;

/** A round's panel: experts of the jurisdiction's pool, as many as the pack's expert step asks (audit D4). */
final class ReviewPanels {

    private final ExpertDirectory experts;
    private final ProjectJudgements judgements;

    ReviewPanels(ExpertDirectory experts, ProjectJudgements judgements) {
        this.experts = experts;
        this.judgements = judgements;
    }

    /** The panel for a new round of {@code type}: known experts, at least the pack's minimum. */
    List<PanelMember> forNewRound(Project project, ReviewType type, List<String> usernames) {
        List<PanelMember> panel = known(usernames, project.regionCode);
        List<Reason> reasons = packOf(project).map(pack -> ExpertPanelPolicy.onOpen(pack, type, panel.size()))
                .orElse(List.of());
        if (!reasons.isEmpty()) {
            throw refused("EXPERT_PANEL_TOO_SMALL", type, reasons);
        }
        return panel;
    }

    /** Refuses a pass of an expert step without its full panel and every member's signature. */
    void requirePassable(Project project, Review review, Collection<String> signed) {
        List<String> panel = review.seated().stream().map(m -> m.username).toList();
        List<Reason> reasons = packOf(project).map(pack -> ExpertPanelPolicy.onPass(pack, review.type, panel, signed))
                .orElse(List.of());
        if (!reasons.isEmpty()) {
            throw refused(reasons.get(0).code(), review.type, reasons);
        }
    }

    /** Reviews open on APPLIED projects or on changes, so a pack is bound; without one there is no panel rule. */
    private Optional<Pack> packOf(Project project) {
        return Optional.ofNullable(judgements.bindingOf(project).pack());
    }

    private static RuleViolationException refused(String code, ReviewType type, List<Reason> reasons) {
        return new RuleViolationException(code, new Text("the " + type + " is an expert step of the project's"
                + " regulation and its panel does not meet it", type + " 须由专家开展，本轮专家组不符合规定"),
                reasons.stream().map(Reasons::cited).toList());
    }

    private List<PanelMember> known(List<String> usernames, String regionCode) {
        if (usernames == null) {
            return List.of();
        }
        Map<String, String> known = experts.expertsFor(regionCode).stream()
                .collect(Collectors.toMap(ExpertDirectory.Expert::username, ExpertDirectory.Expert::displayName));
        List<String> unknown = usernames.stream().filter(u -> !known.containsKey(u)).toList();
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("panel", "UNKNOWN_EXPERT", "not experts of this jurisdiction: " + unknown,
                    "以下用户不是本辖区专家库成员：" + unknown);
        }
        return usernames.stream().distinct().map(u -> new PanelMember(u, known.get(u))).toList();
    }
}
