package org.egov.itpm.platform.exchange.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.egov.itpm.approval.Approval;
import org.egov.itpm.approval.ApprovalInput;
import org.egov.itpm.approval.ApprovalService;
import org.egov.itpm.common.ClockProducer;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.FieldError;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.Money;
import org.egov.itpm.common.Text;
import org.egov.itpm.organisation.OrganisationService;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.project.Project;
import org.egov.itpm.common.BusinessClock;
import org.egov.itpm.project.ProjectExchange;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.RegionCodes;

/**
 * Approval results pushed by a provincial platform: each item is stored (upsert by APPROVAL_ITEMID); an item in
 * an approving state is recorded as an approval (批复) through {@link ApprovalService}, so the lifecycle's gates see it.
 */
@ApplicationScoped
public class ApprovalResultService {

    private static final DateTimeFormatter PLATFORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final EntityManager em;
    private final ProjectExchange projects;
    private final BusinessClock clock;
    private final ApprovalService approvals;
    private final OrganisationService organisations;
    private final CurrentUser user;

    @Inject
    public ApprovalResultService(EntityManager em, ProjectExchange projects, BusinessClock clock,
                                 ApprovalService approvals, OrganisationService organisations, CurrentUser user) {
        this.em = em;
        this.projects = projects;
        this.clock = clock;
        this.approvals = approvals;
        this.organisations = organisations;
        this.user = user;
    }

    /** Stores the item and, when approved, the approval. Identical repeats change nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ApprovalResultView push(String pathItemId, ApprovalResultInput in) {
        Parsed p = validate(pathItemId, in);
        Project project = projects.byCode(p.projectCode);
        PlatformApprovalItem item = em.find(PlatformApprovalItem.class, p.itemId);
        if (item != null) {
            if (!item.projectId.equals(project.id)) {
                throw conflict(item, "belongs to another project", "属于其他项目");
            }
            if (item.contentHash.equals(p.hash)) {
                return view(item, project, false);
            }
            if (ItemStates.FINAL.contains(item.currentState)) {
                throw conflict(item, "is already " + item.currentState + " with other content",
                        "已处于 " + item.currentState + " 状态且内容不同");
            }
        } else {
            item = new PlatformApprovalItem();
            item.approvalItemId = p.itemId;
            item.projectId = project.id;
            item.createdAt = clock.now();
        }
        item.projectCode = p.projectCode;
        item.itemCode = p.itemCode;
        item.approvalKind = p.kind.name();
        item.currentState = p.state;
        item.dealTime = p.dealTime;
        item.planFinishDate = p.planFinish;
        item.deptCode = p.deptCode;
        item.deptName = p.deptName;
        item.divisionCode = p.division;
        item.approvalNum = p.approvalNum;
        item.approvalMoney = p.moneyCny;
        item.contentHash = p.hash;
        item.pushedBy = user.username();
        item.updatedAt = clock.now();
        if (ItemStates.APPROVING.contains(p.state) && item.approvalId == null) {
            ApprovalInput a = new ApprovalInput();
            a.kind = p.kind;
            a.documentNumber = p.approvalNum;
            a.approvedOn = LocalDate.ofInstant(p.dealTime, ClockProducer.CHINA);
            a.approvedAmount = p.moneyCny;
            a.issuingBody = p.deptName != null ? p.deptName : p.deptCode;
            Approval approval = approvals.recordFromPlatform(project.id, a, p.itemId);
            item.approvalId = approval.id;
        }
        if (em.contains(item)) {
            em.flush();
        } else {
            em.persist(item);
            // A concurrent push of the same item fails here (primary key), inside the transaction, and is retried.
            em.flush();
        }
        return view(item, project, true);
    }

    private static ApprovalResultView view(PlatformApprovalItem item, Project project, boolean changed) {
        return new ApprovalResultView(item.approvalItemId, project.nationalCode, project.localCode, item.itemCode,
                item.approvalKind, item.currentState, item.approvalId, changed);
    }

    private static ConflictException conflict(PlatformApprovalItem item, String en, String zh) {
        return new ConflictException("APPROVAL_ITEM_CONFLICT", new Text("approval item " + item.approvalItemId + " " + en,
                "办件 " + item.approvalItemId + " " + zh));
    }

    /** The validated, normalised item. */
    record Parsed(String itemId, String projectCode, String itemCode, ApprovalKind kind, String state, Instant dealTime,
                  LocalDate planFinish, String deptCode, String deptName, String division, String approvalNum,
                  BigDecimal moneyCny, String hash) {
    }

    Parsed validate(String pathItemId, ApprovalResultInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (in == null) {
            throw InvalidInputException.of("body", "REQUIRED", "a JSON body is required", "须提供JSON请求体");
        }
        String itemId = in.approvalItemId() == null ? pathItemId : in.approvalItemId().trim();
        if (!itemId.matches("[A-Za-z0-9_\\-.]{1,64}")) {
            errors.add(err("APPROVAL_ITEMID", "INVALID_ID", "must be 1 to 64 letters, digits, '-', '_' or '.'",
                    "须为1至64位字母、数字、'-'、'_'或'.'"));
        } else if (!itemId.equals(pathItemId)) {
            errors.add(err("APPROVAL_ITEMID", "ITEM_ID_MISMATCH", "must equal the approvalItemId in the path",
                    "须与路径中的 approvalItemId 一致"));
        }
        String projectCode = trim(in.projectCode());
        if (projectCode == null) {
            errors.add(required("PROJECT_CODE"));
        }
        ApprovalKind kind = ItemStates.kindOf(in.itemCode()).orElse(null);
        if (kind == null) {
            errors.add(in.itemCode() == null ? required("ITEM_CODE") : err("ITEM_CODE", "UNKNOWN_ITEM_CODE",
                    "unknown approval item code " + in.itemCode(), "未知的审批事项代码 " + in.itemCode()));
        }
        String state = trim(in.currentState());
        if (state == null) {
            errors.add(required("CURRENT_STATE"));
        } else if (!ItemStates.STATES.contains(state)) {
            errors.add(err("CURRENT_STATE", "UNKNOWN_STATE", "must be one of " + ItemStates.STATES,
                    "须为 " + ItemStates.STATES + " 之一"));
        }
        Instant dealTime = parseTime(in.dealTime(), errors);
        LocalDate planFinish = null;
        if (trim(in.planFinishDate()) != null) {
            try {
                planFinish = LocalDate.parse(in.planFinishDate().trim());
                if (dealTime != null && planFinish.isBefore(LocalDate.ofInstant(dealTime, ClockProducer.CHINA))) {
                    errors.add(err("PLAN_FINISH_DATE", "INVALID_DATE_RANGE", "must not be before DEAL_TIME",
                            "不得早于办理时间"));
                }
            } catch (DateTimeParseException e) {
                errors.add(err("PLAN_FINISH_DATE", "INVALID_DATE", "must be a date yyyy-MM-dd", "须为日期 yyyy-MM-dd"));
            }
        }
        String deptCode = trim(in.deptCode());
        if (deptCode == null) {
            errors.add(required("DEPT_CODE"));
        } else if (deptCode.length() > 64) {
            errors.add(err("DEPT_CODE", "TOO_LONG", "must be at most 64 characters", "最多64个字符"));
        }
        String division = trim(in.divisionCode());
        checkDivision(division, errors);
        String approvalNum = trim(in.approvalNum());
        if (approvalNum == null && state != null && ItemStates.APPROVING.contains(state)) {
            errors.add(err("APPROVAL_NUM", "REQUIRED", "the 文号 is required for " + state, state + " 须提供批复文号"));
        }
        BigDecimal cny = null;
        if (in.approvalMoney() != null) {
            cny = in.approvalMoney().movePointRight(4);
            var problem = Money.check(cny);
            if (problem.isPresent()) {
                errors.add(new FieldError("APPROVAL_MONEY", "INVALID_MONEY", problem.get()));
                cny = null;
            } else {
                cny = Money.cny(cny);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String deptName = trim(in.deptName());
        String hash = sha256(String.join("|", itemId, projectCode, kind.name(), state, dealTime.toString(),
                String.valueOf(planFinish), deptCode, String.valueOf(deptName), division, String.valueOf(approvalNum),
                cny == null ? "null" : cny.toPlainString()));
        return new Parsed(itemId, projectCode, in.itemCode().trim(), kind, state, dealTime, planFinish, deptCode,
                deptName, division, approvalNum, cny, hash);
    }

    private void checkDivision(String division, List<FieldError> errors) {
        if (division == null) {
            errors.add(required("DIVISION_CODE"));
        } else if (!RegionCodes.isValid(division)) {
            errors.add(err("DIVISION_CODE", "INVALID_REGION_CODE", "must be a 6-digit GB/T 2260 code",
                    "须为6位GB/T 2260行政区划代码"));
        } else if (user.regionCode() == null
                || !RegionCodes.contains(RegionCodes.province(user.regionCode()), division)) {
            errors.add(err("DIVISION_CODE", "REGION_OUTSIDE_PROVINCE", "region " + division + " is not in your province",
                    "行政区划 " + division + " 不在本省范围内"));
        } else if (!organisations.regionKnown(division)) {
            errors.add(err("DIVISION_CODE", "UNKNOWN_REGION", "region " + division + " is not known",
                    "行政区划 " + division + " 不存在"));
        }
    }

    private Instant parseTime(String raw, List<FieldError> errors) {
        String s = trim(raw);
        if (s == null) {
            errors.add(required("DEAL_TIME"));
            return null;
        }
        Instant t;
        try {
            t = OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                t = LocalDateTime.parse(s, PLATFORM_TIME).atZone(ClockProducer.CHINA).toInstant();
            } catch (DateTimeParseException e2) {
                errors.add(err("DEAL_TIME", "INVALID_DATE", "must be ISO-8601 with offset or yyyy-MM-dd HH:mm:ss",
                        "须为带时区的ISO-8601时间或 yyyy-MM-dd HH:mm:ss"));
                return null;
            }
        }
        if (t.isAfter(clock.now())) {
            errors.add(err("DEAL_TIME", "DATE_IN_FUTURE", "must not be in the future", "不得晚于当前时间"));
            return null;
        }
        return t;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static FieldError required(String field) {
        return err(field, "REQUIRED", "is required", "为必填项");
    }

    private static FieldError err(String field, String code, String en, String zh) {
        return new FieldError(field, code, new Text(en, zh));
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
