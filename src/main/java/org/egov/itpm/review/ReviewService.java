package org.egov.itpm.review;

import org.egov.itpm.common.TextLimits;
import org.egov.itpm.common.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.ForbiddenActionException;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.NotFoundException;
import org.egov.itpm.common.Text;
import org.egov.itpm.policy.ReviewType;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.project.LifecycleService;
import org.egov.itpm.project.ProjectJudgements;
import org.egov.itpm.project.Project;
import org.egov.itpm.project.ProjectChanges;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.ExpertDirectory;

/**
 * Review rounds: open with a panel, collect signed opinions, conclude, resubmit after rejection. A CHANGE_REVIEW
 * round is about one change request (its re-approval rests on it); the change feature says when one may open.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewService {

    private final ReviewRepository reviews;
    private final ProjectService projects;
    private final ProjectChanges changes;
    private final LifecycleService lifecycle;
    private final ReviewPanels panels;
    private final AuditService audit;
    private final CurrentUser user;
    private final Clock clock;
    private final Instance<ChangeReviewGate> changeGate;
    private final BusinessClock businessClock;

    @Inject
    public ReviewService(ReviewRepository reviews, ProjectService projects, ProjectChanges changes,
                         LifecycleService lifecycle, ProjectJudgements judgements, ExpertDirectory experts,
                         AuditService audit, CurrentUser user, Clock clock, Instance<ChangeReviewGate> changeGate,
                         BusinessClock businessClock) {
        this.businessClock = businessClock;
        this.changeGate = changeGate;
        this.reviews = reviews;
        this.projects = projects;
        this.changes = changes;
        this.lifecycle = lifecycle;
        this.panels = new ReviewPanels(experts, judgements);
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    /** Longest appointment reason (review.appointment_reason varchar(500)). */
    static final int MAX_REASON = TextLimits.REASON;

    /**
     * Opens a round. With {@code changeId} (and only then) the type is CHANGE_REVIEW: the round reviews that change
     * request before its re-approval, whatever the project's stage, and needs at least one expert. The first round
     * of an APPLIED project moves it to IN_REVIEW on {@code openedOn}, the legal date the review was opened.
     * A panel typed in by hand needs a named {@code appointmentReason} and flags the round; with {@code drawPanel}
     * the round opens without seats and its panel is drawn (PanelDrawService), the pack's minimum checked at pass.
     */
    @Transactional
    public Review open(UUID projectId, ReviewType type, List<String> panelUsernames, UUID changeId,
                       LocalDate openedOn, String appointmentReason, boolean drawPanel) {
        Project project = projects.get(projectId);
        Appointment appointment = appointment(panelUsernames, appointmentReason, drawPanel);
        if ((type == ReviewType.CHANGE_REVIEW) != (changeId != null)) {
            throw InvalidInputException.of("changeId", "CHANGE_REVIEW_NEEDS_CHANGE", "a CHANGE_REVIEW round is about"
                    + " one change request: give changeId with type CHANGE_REVIEW, and only with it",
                    "调整评审针对某一调整申请：类型为 CHANGE_REVIEW 时须且仅须提供 changeId");
        }
        if (changeId != null) {
            changeGate.get().requireReviewable(project.id, changeId);
            if (reviews.hasOpen(projectId, type, changeId)) {
                throw new ConflictException("REVIEW_ALREADY_OPEN", new Text("a review round of this change is already"
                        + " open", "该调整申请已有进行中的评审"));
            }
            return newRound(project.id, type, panelFor(project, type, panelUsernames, drawPanel), null, changeId,
                    appointment);
        }
        if (project.stage != Stage.APPLIED && project.stage != Stage.IN_REVIEW) {
            throw new ConflictException("REVIEW_NOT_OPENABLE", new Text(
                    "a review can be opened only for an APPLIED or IN_REVIEW project; this one is " + project.stage,
                    "仅可对已申报或评审中的项目发起评审，当前阶段为 " + project.stage));
        }
        if (reviews.hasOpen(projectId, type, null)) {
            throw new ConflictException("REVIEW_ALREADY_OPEN", new Text("a " + type + " review is already open",
                    "该项目已有进行中的" + type + "评审"));
        }
        Review review = newRound(project.id, type, panelFor(project, type, panelUsernames, drawPanel), null, null,
                appointment);
        if (project.stage == Stage.APPLIED) {
            lifecycle.enterReview(project, openedOn, "review " + type + " opened");
        }
        return review;
    }

    @Transactional
    public ExpertOpinion addOpinion(UUID reviewId, OpinionConclusion conclusion, String text) {
        return addOpinion(reviewId, conclusion, text, null);
    }

    /** Signs the caller's opinion, dated {@code signedOn} (the date on the signed opinion; default today). */
    @Transactional
    public ExpertOpinion addOpinion(UUID reviewId, OpinionConclusion conclusion, String text, LocalDate signedOn) {
        Review review = get(reviewId);
        String me = user.username();
        PanelMember member = review.seated().stream().filter(m -> m.username.equals(me)).findFirst().orElseThrow(() ->
                new ForbiddenActionException("NOT_ON_PANEL", new Text("you are not on this review's panel", "您不是本次评审的专家组成员")));
        requireOpen(review);
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("text", "REQUIRED", "an opinion needs its text", "意见内容不能为空");
        }
        if (reviews.hasOpinion(reviewId, me)) {
            throw new ConflictException("OPINION_ALREADY_SIGNED", new Text("you have already signed an opinion in"
                    + " this round", "您已在本轮评审中签署意见"));
        }
        LocalDate on = ReviewDates.signature(businessClock.actDate(signedOn, "signedOn"),
                projects.get(review.projectId).appliedOn);
        ExpertOpinion opinion = new ExpertOpinion();
        opinion.id = UUID.randomUUID();
        opinion.reviewId = reviewId;
        opinion.expert = me;
        opinion.expertName = member.displayName;
        opinion.conclusion = conclusion;
        opinion.text = text;
        opinion.signedAt = clock.instant();
        opinion.signedOn = on;
        reviews.persistOpinion(opinion);
        audit.record(review.projectId, "ExpertOpinion", opinion.id, "SIGN", me, Map.of("review", reviewId.toString(),
                "conclusion", conclusion.name(), "signedOn", on.toString()));
        return opinion;
    }

    @Transactional
    public Review conclude(UUID reviewId, boolean passed, String conclusion) {
        return conclude(reviewId, passed, conclusion, null);
    }

    /**
     * Concludes an open round on {@code concludedOn} (the review meeting's date; default today). An expert step of
     * the pack passes only with its minimum panel, each member's opinion signed (audit D4).
     */
    @Transactional
    public Review conclude(UUID reviewId, boolean passed, String conclusion, LocalDate concludedOn) {
        Review review = get(reviewId);
        requireOpen(review);
        List<ExpertOpinion> opinions = reviews.opinionsOf(List.of(reviewId));
        List<String> signed = opinions.stream().map(o -> o.expert).toList();
        Project project = projects.get(review.projectId);
        if (passed) {
            panels.requirePassable(project, review, signed);
        }
        LocalDate on = ReviewDates.conclusion(businessClock.actDate(concludedOn, "concludedOn"), project.appliedOn,
                review.previousReviewId == null ? null : reviews.findById(review.previousReviewId), opinions);
        List<String> missing = review.seated().stream().map(m -> m.username).filter(u -> !signed.contains(u)).toList();
        if (!missing.isEmpty()) {
            throw new ConflictException("OPINIONS_MISSING", new Text("every panel expert must sign first; missing: "
                    + missing, "专家组成员须全部签署意见，尚缺：" + missing));
        }
        review.status = passed ? ReviewStatus.PASSED : ReviewStatus.REJECTED;
        review.conclusion = conclusion;
        review.concludedBy = user.username();
        review.concludedAt = clock.instant();
        review.concludedOn = on;
        audit.record(review.projectId, "Review", review.id, passed ? "PASS" : "REJECT", user.username(),
                Map.of("type", review.type.name(), "round", review.round, "concludedOn", on.toString()));
        changes.changed(review.projectId, "REVIEW_CONCLUDED");
        return review;
    }

    /** After a rejection: a new round with the same panel, linked to the rejected one. */
    @Transactional
    public Review resubmit(UUID reviewId) {
        Review rejected = get(reviewId);
        if (rejected.status != ReviewStatus.REJECTED) {
            throw new ConflictException("REVIEW_NOT_REJECTED", new Text("only a rejected review can be resubmitted",
                    "仅未通过的评审可重新提交"));
        }
        if (rejected.changeRequestId != null) {
            changeGate.get().requireReviewable(rejected.projectId, rejected.changeRequestId);
        }
        if (reviews.hasOpen(rejected.projectId, rejected.type, rejected.changeRequestId)) {
            throw new ConflictException("REVIEW_ALREADY_OPEN", new Text("a new round is already open",
                    "已有新一轮评审在进行"));
        }
        return newRound(rejected.projectId, rejected.type, rejected.seated().stream().map(PanelMember::copy).toList(),
                rejected.id, rejected.changeRequestId, rejected.manuallyAppointed
                        ? new Appointment(rejected.appointmentReason, rejected.appointedBy) : null);
    }

    /** A review the caller can see (through its project's scope). */
    public Review get(UUID reviewId) {
        Review review = reviews.findByIdOptional(reviewId).orElseThrow(() -> new NotFoundException("review", reviewId));
        try {
            projects.get(review.projectId);
        } catch (NotFoundException e) {
            throw new NotFoundException("review", reviewId);
        }
        return review;
    }

    /** Whether {@code username} sits on the panel of any review round of the project. */
    public boolean sitsOnPanel(UUID projectId, String username) {
        return reviews.sitsOnPanel(projectId, username);
    }

    /** A seat on a review round: the expert's engagement on the round's project (issue #15). */
    public record PanelSeat(UUID reviewId, UUID projectId, LocalDate openedOn, LocalDate concludedOn, boolean open) {
    }

    /**
     * The projects of {@code username}'s seats as conditions over project alias p, for its engagement scope: built
     * without a query, whatever the number of seats (issue #19).
     */
    public org.egov.itpm.security.EngagementLookup.Engaged seatConditions(String username) {
        return SeatConditions.of(username);
    }

    /**
     * The newest {@code limit} seats of {@code username}, unscoped (its own engagement list); {@code open} null: on
     * any round, true: on open rounds, false: on concluded ones.
     */
    public List<PanelSeat> seatsOf(String username, Boolean open, int limit) {
        return reviews.seatsOf(username, open, limit).stream().map(row -> new PanelSeat((UUID) row[0], (UUID) row[1],
                LocalDate.ofInstant((java.time.Instant) row[2], org.egov.itpm.common.ClockProducer.CHINA),
                (LocalDate) row[3], row[4] == ReviewStatus.OPEN)).toList();
    }

    public Map<UUID, List<Review>> byProjects(Collection<UUID> projectIds) {
        return reviews.byProjects(projectIds).stream()
                .collect(Collectors.groupingBy(r -> r.projectId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Rounds about each change request, oldest first. */
    public Map<UUID, List<Review>> byChanges(Collection<UUID> changeIds) {
        return reviews.byChanges(changeIds).stream()
                .collect(Collectors.groupingBy(r -> r.changeRequestId, LinkedHashMap::new, Collectors.toList()));
    }

    public Map<UUID, List<ExpertOpinion>> opinionsOf(Collection<UUID> reviewIds) {
        return reviews.opinionsOf(reviewIds).stream().collect(Collectors.groupingBy(o -> o.reviewId));
    }

    /** A hand-typed panel's reason and who typed it (null: no hand-typed panel). */
    private record Appointment(String reason, String by) {
    }

    private Appointment appointment(List<String> panelUsernames, String reason, boolean drawPanel) {
        boolean typed = panelUsernames != null && !panelUsernames.isEmpty();
        if (typed && drawPanel) {
            throw InvalidInputException.of("panel", "PANEL_AND_DRAW", "give either a panel or drawPanel, not both",
                    "专家组成员名单与随机抽取只能二选一");
        }
        if (!typed) {
            return null;
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("appointmentReason", "REQUIRED", "a panel typed in by hand needs a named"
                    + " reason (otherwise open with drawPanel and draw it)", "指定专家须写明理由（否则请随机抽取专家）");
        }
        if (reason.length() > MAX_REASON) {
            throw InvalidInputException.of("appointmentReason", "TOO_LONG", "must be at most " + MAX_REASON
                    + " characters", "最多" + MAX_REASON + "个字符");
        }
        return new Appointment(reason.strip(), user.username());
    }

    private List<PanelMember> panelFor(Project project, ReviewType type, List<String> usernames, boolean drawPanel) {
        return drawPanel ? List.of() : panels.forNewRound(project, type, usernames);
    }

    private Review newRound(UUID projectId, ReviewType type, List<PanelMember> panel, UUID previous, UUID changeId,
                            Appointment appointment) {
        Review review = new Review();
        review.id = UUID.randomUUID();
        review.projectId = projectId;
        review.type = type;
        review.changeRequestId = changeId;
        review.round = reviews.nextRound(projectId, type, changeId);
        review.status = ReviewStatus.OPEN;
        review.openedBy = user.username();
        review.openedAt = clock.instant();
        review.previousReviewId = previous;
        for (int i = 0; i < panel.size(); i++) {
            panel.get(i).seatNo = i + 1;
        }
        review.panel.addAll(panel);
        if (appointment != null) {
            review.manuallyAppointed = true;
            review.appointmentReason = appointment.reason();
            review.appointedBy = appointment.by();
        }
        reviews.persist(review);
        Map<String, Object> details = new LinkedHashMap<>(Map.of("type", type.name(), "round", review.round,
                "panel", panel.stream().map(m -> m.username).toList(), "manuallyAppointed", appointment != null));
        if (appointment != null) {
            details.put("appointmentReason", appointment.reason());
            details.put("appointedBy", appointment.by());
        }
        if (changeId != null) {
            details.put("changeRequest", changeId.toString());
        }
        audit.record(projectId, "Review", review.id, previous == null ? "OPEN" : "RESUBMIT", user.username(), details);
        return review;
    }

    private static void requireOpen(Review review) {
        if (!review.isOpen()) {
            throw new ConflictException("REVIEW_CLOSED", new Text("this review round is already concluded",
                    "本轮评审已结束"));
        }
    }
}
