package org.egov.itpm.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.ForbiddenActionException;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.ItpmConfig;
import org.egov.itpm.common.NotFoundException;
import org.egov.itpm.common.RuleViolationException;
import org.egov.itpm.common.Text;
import org.egov.itpm.common.UnavailableException;
import org.egov.itpm.organisation.Organisation;
import org.egov.itpm.organisation.OrganisationService;
import org.egov.itpm.policy.ExpertField;
import org.egov.itpm.policy.pack.Citation;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.pack.ReviewPanelRule;
import org.egov.itpm.policy.rules.PanelCandidates;
import org.egov.itpm.policy.rules.PanelCandidates.Exclusion;
import org.egov.itpm.policy.rules.PanelDraw;
import org.egov.itpm.project.Project;
import org.egov.itpm.project.ProjectChanges;
import org.egov.itpm.project.ProjectJudgements;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.project.Reasons;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.RegionCodes;
import org.egov.itpm.security.ExpertDirectory;

/**
 * Panel draws (专家抽取, ADR 0011): the authority draws a round's seats from the jurisdiction's pool with avoidance;
 * each drawn expert accepts or declines, a decline calls the next reserve; experts declare conflicts of interest.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PanelDrawService {

    static final int MAX_COUNT = 50, MAX_RESERVES = 20, MAX_REASON = org.egov.itpm.common.TextLimits.REASON;

    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    ReviewRepository reviews;
    @Inject
    ReviewService rounds;
    @Inject
    ProjectService projects;
    @Inject
    OrganisationService organisations;
    @Inject
    ProjectJudgements judgements;
    @Inject
    ExpertDirectory directory;
    @Inject
    ProjectChanges changes;
    @Inject
    AuditService audit;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;
    @Inject
    ItpmConfig config;

    /**
     * Draws {@code count} seats (default: what the pack's minimum still lacks) and {@code reserves} reserves
     * (default: as many as seats) for an open round, with {@code seed} or a fresh one from SecureRandom.
     */
    @Transactional
    public PanelDrawRecord draw(UUID reviewId, List<ExpertField> fields, Integer count, Integer reserves,
                                String seed) {
        Review review = rounds.get(reviewId);
        requireOpen(review);
        Set<ExpertField> wanted = fields(fields);
        long theSeed = seed == null ? SEEDS.nextLong() : seed(seed);
        Project project = projects.get(review.projectId);
        ReviewPanelRule rule = packOf(project) == null ? null : packOf(project).panelRule(review.type).orElse(null);
        int seats = count(count, review, rule);
        int spare = reserves == null ? Math.min(seats, MAX_RESERVES) : bounded("reserves", reserves, 0, MAX_RESERVES);

        ExpertDirectory.Pool pool = directory.poolFor(project.regionCode);
        if (pool.asOf() == null) {
            throw UnavailableException.expertPool();
        }
        PanelCandidates.Selection selection = PanelCandidates.select(pool.experts().stream()
                .map(e -> new PanelCandidates.PoolExpert(e.username(), e.fields(), e.organisationCodes(), e.available()))
                .toList(), avoid(review, project, wanted));
        if (selection.candidates().size() < seats) {
            throw tooSmall(seats, selection, rule);
        }
        PanelDraw.Result result = PanelDraw.draw(selection.candidates(), theSeed, seats, spare);

        PanelDrawRecord d = new PanelDrawRecord();
        d.id = UUID.randomUUID();
        d.reviewId = review.id;
        d.drawNo = reviews.drawsOf(List.of(review.id)).size() + 1;
        d.fields = wanted.stream().map(Enum::name).toList();
        d.requestedCount = seats;
        d.requestedReserves = spare;
        d.seed = theSeed;
        d.candidates = selection.candidates();
        d.panel = result.panel();
        d.reserves = result.reserves();
        d.excluded = names(selection.excluded());
        d.poolAsOf = pool.asOf();
        d.poolStale = pool.stale();
        d.drawnBy = user.username();
        d.drawnAt = clock.instant();
        reviews.persistDraw(d);
        Map<String, String> names = pool.experts().stream().collect(Collectors.toMap(ExpertDirectory.Expert::username,
                ExpertDirectory.Expert::displayName, (a, b) -> a));
        for (String username : result.panel()) {
            invite(review, username, names.get(username), d.id, null);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("review", review.id.toString());
        details.put("draw", d.id.toString());
        details.put("seed", Long.toString(theSeed));
        details.put("fields", d.fields);
        details.put("candidates", d.candidates.size());
        details.put("panel", d.panel);
        details.put("reserves", d.reserves);
        details.put("excluded", d.excluded);
        details.put("poolAsOf", String.valueOf(d.poolAsOf));
        details.put("poolStale", d.poolStale);
        audit.record(review.projectId, "PanelDraw", d.id, "DRAW", user.username(), details);
        changes.changed(review.projectId, "PANEL_DRAWN");
        return d;
    }

    /** The caller accepts the seat a draw offered them in this round. */
    @Transactional
    public Review accept(UUID reviewId, String username) {
        Review review = rounds.get(reviewId);
        PanelMember seat = mySeat(review, username);
        requireOpen(review);
        requireUnanswered(seat);
        seat.state = SeatState.ACCEPTED;
        seat.answeredAt = clock.instant();
        review.panel = new ArrayList<>(review.panel);
        audit.record(review.projectId, "Review", review.id, "SEAT_ACCEPT", seat.username,
                Map.of("draw", String.valueOf(seat.drawId)));
        changes.changed(review.projectId, "PANEL_SEAT_ANSWERED");
        return review;
    }

    /** The caller declines their seat with a reason; the draw's next reserve is invited, or the shortfall recorded. */
    @Transactional
    public Review decline(UUID reviewId, String username, String reason) {
        Review review = rounds.get(reviewId);
        PanelMember seat = mySeat(review, username);
        requireOpen(review);
        String why = reason(reason);
        requireUnanswered(seat);
        seat.state = SeatState.DECLINED;
        seat.declineReason = why;
        seat.answeredAt = clock.instant();
        PanelDrawRecord draw = reviews.draw(seat.drawId).orElseThrow();
        Set<String> inRound = review.panel.stream().map(m -> m.username).collect(Collectors.toSet());
        Set<String> conflicted = reviews.conflictedExperts(review.projectId);
        String replacement = null;
        while (replacement == null && draw.reservesUsed < draw.reserves.size()) {
            String next = draw.reserves.get(draw.reservesUsed++);
            // a reserve who meanwhile got a seat or declared a conflict is passed over, in order
            if (!inRound.contains(next) && !conflicted.contains(next)) {
                replacement = next;
            }
        }
        Map<String, Object> details = new LinkedHashMap<>(Map.of("draw", draw.id.toString(), "reason", why));
        if (replacement != null) {
            invite(review, replacement, displayName(replacement), draw.id, seat.username);
            details.put("replacement", replacement);
        } else {
            draw.shortfall++;
            details.put("shortfall", draw.shortfall);
        }
        review.panel = new ArrayList<>(review.panel);
        audit.record(review.projectId, "Review", review.id, "SEAT_DECLINE", seat.username, details);
        changes.changed(review.projectId, "PANEL_SEAT_ANSWERED");
        return review;
    }

    /** The caller (an expert) declares a conflict of interest with the project: never drawn for it again. */
    @Transactional
    public ExpertConflict declareConflict(UUID projectId, String reason) {
        Project project = poolProject(projectId);
        String why = reason(reason);
        String me = user.username();
        if (reviews.hasConflict(project.id, me)) {
            throw new ConflictException("CONFLICT_ALREADY_DECLARED", new Text("you have already declared a conflict of"
                    + " interest with this project", "您已申报与该项目存在利益冲突"));
        }
        ExpertConflict c = new ExpertConflict();
        c.id = UUID.randomUUID();
        c.projectId = project.id;
        c.expert = me;
        c.reason = why;
        c.declaredAt = clock.instant();
        reviews.persistConflict(c);
        audit.record(project.id, "ExpertConflict", c.id, "DECLARE", me, Map.of("reason", why));
        return c;
    }

    /**
     * The project an expert of the pool declares a conflict with: experts see only the projects of their seats
     * (issue #15), yet a conflict is declared before any draw, so a project of the expert's own pool region is
     * found by id; any other id is NOT_FOUND, as for every unseen project.
     */
    private Project poolProject(UUID projectId) {
        String region = user.regionCode();
        Project p = projects.byIds(List.of(projectId)).get(projectId);
        if (p == null || region == null || !RegionCodes.contains(region, p.regionCode)) {
            return projects.get(projectId);
        }
        return p;
    }

    /** A stored draw the caller can see (through its round's project). */
    public PanelDrawRecord get(UUID drawId) {
        PanelDrawRecord d = reviews.draw(drawId).orElseThrow(() -> new NotFoundException("panelDraw", drawId));
        try {
            rounds.get(d.reviewId);
        } catch (NotFoundException e) {
            throw new NotFoundException("panelDraw", drawId);
        }
        return d;
    }

    /** Runs the stored draw again from its stored candidates and seed. */
    public PanelDraw.Result replay(PanelDrawRecord d) {
        return PanelDraw.draw(d.candidates, d.seed, d.requestedCount, d.requestedReserves);
    }

    public Map<UUID, List<PanelDrawRecord>> drawsOf(Collection<UUID> reviewIds) {
        return reviews.drawsOf(reviewIds).stream().collect(Collectors.groupingBy(d -> d.reviewId));
    }

    private String displayName(String username) {
        return directory.all().stream().filter(e -> e.username().equals(username))
                .map(ExpertDirectory.Expert::displayName).findFirst().orElse(username);
    }

    private void invite(Review review, String username, String displayName, UUID drawId, String replaces) {
        PanelMember seat = new PanelMember(username, displayName == null ? username : displayName);
        seat.state = SeatState.INVITED;
        seat.drawId = drawId;
        seat.replaces = replaces;
        seat.seatNo = review.panel.stream().mapToInt(m -> m.seatNo).max().orElse(0) + 1;
        review.panel.add(seat);
    }

    private PanelCandidates.Avoid avoid(Review review, Project project, Set<ExpertField> fields) {
        List<UUID> participantIds = projects.participantsOf(List.of(project.id)).getOrDefault(project.id, List.of());
        Set<String> participants = organisations.byIds(participantIds).values().stream().map(o -> o.creditCode)
                .collect(Collectors.toSet());
        String applying = organisations.byId(project.ownerOrgId).map((Organisation o) -> o.creditCode).orElse(null);
        int cooldown = config.review().draw().cooldownDays();
        Set<String> cooling = cooldown <= 0 ? Set.of() : reviews.seatedSince(projects.ownedBy(project.ownerOrgId),
                clock.instant().minus(Duration.ofDays(cooldown)));
        return new PanelCandidates.Avoid(fields, applying, participants,
                review.panel.stream().map(m -> m.username).collect(Collectors.toSet()),
                reviews.conflictedExperts(project.id), cooling);
    }

    private RuleViolationException tooSmall(int needed, PanelCandidates.Selection s, ReviewPanelRule rule) {
        Citation cite = rule == null ? null : rule.cite();
        String counts = new TreeMap<>(names(s.excluded())).toString();
        List<RuleViolationException.CitedReason> reasons = new ArrayList<>();
        reasons.add(Reasons.cited("POOL_TOO_SMALL", cite, new Text("needed " + needed + " experts, eligible "
                + s.candidates().size() + "; excluded " + s.excludedTotal() + " by reason " + counts,
                "需抽取专家 " + needed + " 人，符合条件 " + s.candidates().size() + " 人；回避及不符合条件 "
                        + s.excludedTotal() + " 人，按原因 " + counts)));
        new TreeMap<>(s.excluded()).forEach((ground, n) -> reasons.add(Reasons.cited("EXCLUDED_" + ground.name(), cite,
                new Text(n + " excluded: " + ground.name(), "因 " + ground.name() + " 排除 " + n + " 人"))));
        return new RuleViolationException("POOL_TOO_SMALL", new Text("the pool cannot give " + needed
                + " experts without conflicts: " + s.candidates().size() + " eligible",
                "专家库在回避后不足 " + needed + " 人：符合条件 " + s.candidates().size() + " 人"), reasons);
    }

    private int count(Integer count, Review review, ReviewPanelRule rule) {
        if (count != null) {
            return bounded("count", count, 1, MAX_COUNT);
        }
        if (rule == null) {
            throw InvalidInputException.of("count", "REQUIRED", "the project's pack sets no panel minimum for a "
                    + review.type + ": give count", "本项目适用的政策包未规定" + review.type + "专家人数，请填写抽取人数");
        }
        long held = review.panel.stream().filter(m -> m.onPanel() || m.state == SeatState.INVITED).count();
        int lacking = (int) Math.max(0, rule.minExperts() - held);
        if (lacking == 0) {
            throw new ConflictException("PANEL_COMPLETE", new Text("the round already has the pack's minimum of "
                    + rule.minExperts() + " experts seated or invited (" + rule.cite() + "); give count to draw more",
                    "本轮已有 " + rule.minExperts() + " 名专家在席或已邀请（" + rule.cite() + "），如需增加请填写抽取人数"));
        }
        return lacking;
    }

    private Pack packOf(Project project) {
        return judgements.bindingOf(project).pack();
    }

    private PanelMember mySeat(Review review, String username) {
        String me = user.username();
        if (username != null && !username.equals(me)) {
            throw new ForbiddenActionException("NOT_YOUR_SEAT", new Text("only the drawn expert answers a seat; this"
                    + " seat is " + username + "'s", "仅被抽中的专家本人可答复席位，该席位属于 " + username));
        }
        return review.panel.stream().filter(m -> m.username.equals(me) && m.drawId != null).findFirst()
                .orElseThrow(() -> new ForbiddenActionException("NOT_YOUR_SEAT", new Text("no draw offered you a"
                        + " seat in this round", "本轮未抽中您，无可答复的席位")));
    }

    private static void requireUnanswered(PanelMember seat) {
        if (seat.state == SeatState.ACCEPTED) {
            throw new ConflictException("SEAT_ALREADY_ACCEPTED", new Text("you have already accepted this seat",
                    "您已接受该席位"));
        }
        if (seat.state == SeatState.DECLINED) {
            throw new ConflictException("SEAT_ALREADY_DECLINED", new Text("you have already declined this seat",
                    "您已拒绝该席位"));
        }
    }

    private static void requireOpen(Review review) {
        if (!review.isOpen()) {
            throw new ConflictException("REVIEW_CLOSED", new Text("this review round is already concluded",
                    "本轮评审已结束"));
        }
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "REQUIRED", "give a reason", "请填写理由");
        }
        if (reason.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "TOO_LONG", "must be at most " + MAX_REASON + " characters",
                    "最多" + MAX_REASON + "个字符");
        }
        return reason.strip();
    }

    private static Set<ExpertField> fields(List<ExpertField> fields) {
        if (fields == null || fields.isEmpty() || fields.contains(null)) {
            throw InvalidInputException.of("fields", "REQUIRED", "name at least one expert field",
                    "请至少选择一个专业领域");
        }
        if (fields.size() > ExpertField.values().length) {
            throw InvalidInputException.of("fields", "TOO_MANY", "at most " + ExpertField.values().length
                    + " fields", "最多 " + ExpertField.values().length + " 个专业领域");
        }
        return EnumSet.copyOf(fields);
    }

    private static long seed(String seed) {
        try {
            return Long.parseLong(seed.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("seed", "NOT_A_SEED", "a seed is a signed 64-bit decimal integer",
                    "随机种子须为 64 位有符号十进制整数");
        }
    }

    private static int bounded(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw InvalidInputException.of(field, "OUT_OF_RANGE", "must be between " + min + " and " + max,
                    "须在 " + min + " 至 " + max + " 之间");
        }
        return value;
    }

    private static Map<String, Integer> names(Map<Exclusion, Integer> excluded) {
        Map<String, Integer> out = new TreeMap<>();
        excluded.forEach((k, v) -> out.put(k.name(), v));
        return out;
    }

}
