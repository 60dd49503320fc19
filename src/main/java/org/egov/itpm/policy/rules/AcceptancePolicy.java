package org.egov.itpm.policy.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.DeadlineRule;
import org.egov.itpm.policy.pack.DeadlineType;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.pack.Requirement;

/**
 * The acceptance application: its document list (fixed documents, e.g. Jiangxi art.30, and documents per contract,
 * Qufu art.34), the other conditions of the final acceptance known when applying, and the pack's routes after a
 * missed date or a failed acceptance (extension, rectification).
 */
public final class AcceptancePolicy {

    private AcceptancePolicy() {
    }

    public static List<ChecklistItem> checklist(Pack pack, ProjectFacts facts) {
        return pack.acceptanceDocuments().stream()
                .filter(r -> RequirementEvaluator.applies(r, facts))
                .flatMap(r -> r.accept(new ChecklistLines(facts)))
                .toList();
    }

    /** Every applicable acceptance document the project lacks, cited. */
    public static List<Reason> missingDocuments(Pack pack, ProjectFacts facts) {
        return pack.acceptanceDocuments().stream()
                .flatMap(r -> RequirementEvaluator.unmetAll(pack, r, facts, null).stream())
                .toList();
    }

    /**
     * Every condition of the final acceptance, other than the checklist documents, that is unmet on the application
     * date {@code on}: the gate requirements of each stage still ahead up to FINAL_ACCEPTANCE (e.g. qufu-2024 art.34
     * preliminary acceptance passed, jiangxi-2024 art.30 six months of trial run, baotou-2024 art.22 pre-acceptance
     * review, jianshan-2024 item 18 archive acceptance).
     */
    public static List<Reason> unmetConditions(Pack pack, ProjectFacts facts, LocalDate on) {
        Stage from = facts.stage().isCanonical() ? facts.stage() : facts.stageBeforeSuspension();
        List<Reason> reasons = new ArrayList<>();
        for (Stage stage = from == null ? null : from.next();
             stage != null && stage.ordinal() <= Stage.FINAL_ACCEPTANCE.ordinal(); stage = stage.next()) {
            Stage gate = stage;
            pack.requirements().stream().filter(r -> r.gate() == gate)
                    .forEach(r -> reasons.addAll(RequirementEvaluator.unmetAll(pack, r, facts, on)));
        }
        return reasons;
    }

    /** Whether the pack lets a unit request an extension of the acceptance application (延期验收申请). */
    public static boolean allowsExtension(Pack pack) {
        return rule(pack, DeadlineType.ACCEPTANCE_EXTENSION).isPresent();
    }

    /**
     * Why an extension request is refused: the pack has no extension route (jianshan-2024 item 15 only says 建成后半年内
     * 组织验收); cites the acceptance deadline where the pack has one. Empty where the pack has the route.
     */
    public static Optional<Reason> extensionRefusal(Pack pack) {
        if (allowsExtension(pack)) {
            return Optional.empty();
        }
        Optional<DeadlineRule> deadline = rule(pack, DeadlineType.ACCEPTANCE_APPLICATION);
        String where = deadline.map(d -> " (" + d.cite().render() + ")").orElse(" (" + pack.id() + ")");
        return Optional.of(new Reason("ACCEPTANCE_EXTENSION_NOT_PROVIDED",
                deadline.map(DeadlineRule::code).orElse("acceptance"), deadline.map(DeadlineRule::cite).orElse(null),
                "The pack provides no extension of the acceptance application" + where,
                "本办法未规定延期验收申请" + where));
    }

    /** Where the pack asks for a rectification plan before re-applying after a failed acceptance (Qufu art.35). */
    public static Optional<DeadlineRule> rectificationRule(Pack pack) {
        return rule(pack, DeadlineType.RECTIFICATION);
    }

    /** The refusal of a re-application without a rectification plan, where the pack asks for one. */
    public static Optional<Reason> rectificationPlanMissing(Pack pack) {
        return rectificationRule(pack).map(r -> {
            String where = " (" + r.cite().render() + ")";
            return new Reason("RECTIFICATION_PLAN_MISSING", r.code(), r.cite(),
                    "After a failed final acceptance the unit submits a rectification plan before applying again" + where,
                    "竣工验收未通过的，应制定整改方案，限期整改，整改完成后重新提交竣工验收申请" + where);
        });
    }

    private static Optional<DeadlineRule> rule(Pack pack, DeadlineType type) {
        return pack.deadlines().stream().filter(d -> d.type() == type).findFirst();
    }

    /** The checklist lines of one acceptance requirement: its documents; a condition that is no document has none. */
    private record ChecklistLines(ProjectFacts facts) implements Requirement.Cases<Stream<ChecklistItem>> {

        @Override
        public Stream<ChecklistItem> document(Requirement.DocumentPresent r) {
            return r.anyOf().stream().map(d -> new ChecklistItem(d, facts.documents().contains(d), r.cite(), null, null));
        }

        /** One line per contract and document (Qufu art.34: acceptance confirms each contract's performance). */
        @Override
        public Stream<ChecklistItem> contractDocument(Requirement.DocumentPerContract r) {
            return facts.contracts().stream().flatMap(c -> r.anyOf().stream().map(d -> new ChecklistItem(
                    d, RequirementEvaluator.hasDocument(c, d), r.cite(), c.id(), c.title())));
        }

        @Override
        public Stream<ChecklistItem> review(Requirement.ReviewPassed r) {
            return Stream.empty();
        }

        @Override
        public Stream<ChecklistItem> approval(Requirement.ApprovalOnRecord r) {
            return Stream.empty();
        }

        @Override
        public Stream<ChecklistItem> attestation(Requirement.AttestationConfirmed r) {
            return Stream.empty();
        }

        @Override
        public Stream<ChecklistItem> exclusion(Requirement.NotExcluded r) {
            return Stream.empty();
        }

        @Override
        public Stream<ChecklistItem> fact(Requirement.FactHolds r) {
            return Stream.empty();
        }
    }
}
