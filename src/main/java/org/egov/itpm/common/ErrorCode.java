package org.egov.itpm.common;

import static org.egov.itpm.common.ErrorCode.Use.ERROR;
import static org.egov.itpm.common.ErrorCode.Use.FIELD;
import static org.egov.itpm.common.ErrorCode.Use.REASON;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The error catalogue: every code either API can answer, declared once (ADR 0009). An error's HTTP status, whether it
 * is retryable and its base text (REST {@code title}, GraphQL {@code extensions.title}) come from here; the exception
 * carries only the detail of the case. {@code docs/errors.md} is generated from this enum (ErrorCatalogueDocsTest) and
 * ErrorCatalogueScanTest fails when src/main uses a code literal missing here. Adding a code is one line.
 */
public enum ErrorCode {

    // ---- 401 / 403: who you are and what your role may do
    UNAUTHENTICATED(401, "Sign in first: send a valid bearer token", "请先登录：请携带有效的访问令牌", ERROR),
    FORBIDDEN(403, "Your role may not do this", "您的角色无权执行此操作", ERROR),
    NO_ORGANISATION(403, "Your account is not linked to a registered organisation", "您的账号未关联已登记的单位", ERROR),
    STAGE_NOT_ALLOWED_FOR_ROLE(403, "Your role may not move the project to this stage", "您的角色无权将项目推进到该阶段", ERROR, REASON),
    DATE_CORRECTION_NOT_ALLOWED_FOR_ROLE(403, "Your role may not correct this date", "您的角色无权更正该日期", ERROR),
    ATTESTATION_NOT_ALLOWED_FOR_ROLE(403, "Your role may not declare this fact", "您的角色无权声明该事项", ERROR),
    DOCUMENT_TYPE_NOT_ALLOWED_FOR_ROLE(403, "This document type is another party's act", "该类文件应由其他主体出具", ERROR),
    APPROVAL_NOT_ALLOWED_FOR_ROLE(403, "The project's pack gives this approval to another body", "依政策包，该批复应由其他机关作出", ERROR, REASON),
    FUNDING_KIND_NOT_ALLOWED_FOR_ROLE(403, "Annual plans are the NDRC's, budgets the finance bureau's", "年度计划由发展改革部门、预算由财政部门录入", ERROR),
    NOTIFICATION_MANDATORY(403, "This notification cannot be turned off", "该类提醒不可关闭", ERROR),
    NOT_YOUR_ORDER(403, "Only the project's owner unit reports on this order", "仅项目建设单位可报告整改情况", ERROR),
    NOT_ISSUING_BODY(403, "Only the body that issued the order may decide on it", "仅下达整改通知的机关可作出决定", ERROR),
    NOT_ON_PANEL(403, "You are not on this review's panel", "您不是本次评审的专家组成员", ERROR),
    REPORT_KIND_NOT_ALLOWED_FOR_ROLE(403, "Your role may not file this kind of report", "您的角色无权报送此类报告", ERROR),
    CHECK_NOT_ALLOWED_FOR_ROLE(403, "Your role may not confirm this check", "您的角色无权确认该项核查", ERROR),

    ENGAGEMENT_ENDED(403, "Your engagement on this project has ended: its records stay readable, no more writes", "您在本项目的参与已结束：可查阅记录，不能再修改", ERROR),
    ENGAGEMENT_NOT_ALLOWED_FOR_ROLE(403, "Your role may not record this engagement", "您的角色无权登记该参与", ERROR),
    PARTICIPANT_OUTSIDE_JURISDICTION(403, "An organisation outside the project's jurisdiction needs an authority's approval", "辖区外单位参与须经项目所在辖区主管部门批准", ERROR),
    PARTICIPANT_RIGHTS_INSUFFICIENT(403, "Your organisation's participation rights do not allow this", "贵单位的参与权限不允许此操作", ERROR),
    NOT_PROJECT_OWNER(403, "Only the project's own unit manages its participants", "仅项目建设单位可管理参建单位", ERROR),
    NOT_PROJECT_UNIT(403, "Only the project's own unit records this", "仅项目建设单位本身可登记此事项", ERROR),
    NOT_YOUR_SEAT(403, "Only the drawn expert answers a seat", "仅被抽中的专家本人可答复席位", ERROR),
    REGION_OUT_OF_SCOPE(403, "The region is outside your jurisdiction", "该行政区划不在您的管辖范围内", ERROR),
    // ---- 404
    NOT_FOUND(404, "Not found (or outside your scope)", "未找到（或不在您的权限范围内）", ERROR),

    // ---- 400: the request itself
    INVALID_INPUT(400, "Invalid input: see the invalid fields", "输入无效：见各字段错误", ERROR),
    BAD_REQUEST(400, "The request cannot be processed", "请求无法处理", ERROR),
    MALFORMED_JSON(400, "The request body is not valid JSON for this operation", "请求体不是本操作可接受的JSON", ERROR),
    INVALID_QUERY(400, "The GraphQL document is not valid against the schema", "GraphQL查询语句无效", ERROR),
    INVALID_REQUEST(400, "The GraphQL request envelope is malformed", "GraphQL请求格式无效", ERROR),
    QUERY_TOO_COMPLEX(400, "The query is too deep or too complex; split it", "查询过深或过于复杂，请拆分查询", ERROR),
    METHOD_NOT_ALLOWED(405, "This method is not allowed here", "不支持该请求方法", ERROR),
    NOT_ACCEPTABLE(406, "No representation matches the Accept header", "无法提供可接受的响应格式", ERROR),
    PRECONDITION_FAILED(412, "A precondition of the request failed", "请求的前置条件不满足", ERROR),
    PAYLOAD_TOO_LARGE(413, "The request body is too large", "请求体过大", ERROR),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type", "不支持的媒体类型", ERROR),

    // ---- 409: state and concurrency
    CONFLICT(409, "The request conflicts with the current state", "请求与当前状态冲突", ERROR),
    CONCURRENT_MODIFICATION(409, "Changed by someone else at the same time; reload and retry", "已被他人同时修改，请刷新后重试", ERROR),
    CONCURRENT_DUPLICATE(409, "The same record was created by another request at the same time; nothing was changed, reload to see it", "另一请求已同时创建了相同的记录，本次操作未生效，请刷新查看", ERROR),
    PROJECT_NOT_EDITABLE(409, "The project's stage does not allow editing", "项目当前阶段不允许修改", ERROR),
    PROJECT_CLOSED(409, "The project is closed", "项目已关闭", ERROR),
    PROJECT_NOT_SUSPENDED(409, "The project is not suspended", "项目未处于暂停状态", ERROR),
    REVIEW_NOT_OPENABLE(409, "A review round cannot be opened at the project's stage", "项目当前阶段不能发起评审", ERROR),
    REVIEW_ALREADY_OPEN(409, "A review round is already open", "已有进行中的评审", ERROR),
    REVIEW_CLOSED(409, "The review round is closed", "评审已结束", ERROR),
    REVIEW_NOT_REJECTED(409, "The review round was not rejected", "该评审未被否决", ERROR),
    OPINIONS_MISSING(409, "Not every panel member has signed an opinion", "尚有专家未签署意见", ERROR),
    OPINION_ALREADY_SIGNED(409, "The opinion is already signed", "意见已签署", ERROR),
    APPROVAL_NOT_ALLOWED(409, "No approval can be recorded at the project's stage", "项目当前阶段不能录入批复", ERROR),
    APPROVAL_CONFLICT(409, "The same document number is on record with other content", "相同文号已存在且内容不同", ERROR),
    FUNDING_ENTRY_EXISTS(409, "This funding entry already exists", "该资金记录已存在", ERROR),
    PACK_VERSION_EXISTS(409, "This policy pack version already exists", "该政策包版本已存在", ERROR),
    HOLIDAY_YEAR_EXISTS(409, "The calendar already has this year; replace it with a reason", "日历中已有该年份，如需替换请注明理由", ERROR),
    NATIONAL_CODE_CONFLICT(409, "The project has another national code, or another project has this one", "项目已有其他项目代码，或该代码属于其他项目", ERROR),
    APPROVAL_ITEM_CONFLICT(409, "The approval item is final with other content, or belongs to another project", "该审批事项已办结且内容不同，或属于其他项目", ERROR),
    DELIVERY_NOT_PARKED(409, "Only a parked webhook delivery can be re-driven", "仅已搁置的推送可重新投递", ERROR),
    ORDER_STATE(409, "The step does not fit the rectification order's state", "该操作与整改通知当前状态不符", ERROR),
    ESCALATION_IN_FORCE(409, "This measure is already in force on the order", "该措施已在执行中", ERROR),
    ESCALATION_NOT_IN_FORCE(409, "This measure is not in force", "该措施未在执行", ERROR),
    CONTRACT_NOT_ALLOWED(409, "Contracts are recorded from procurement on", "采购阶段起方可录入合同", ERROR),
    NOT_YET_FUNDED(409, "The project is not funded yet", "项目尚未下达资金", ERROR),
    NOT_UNDER_CONSTRUCTION(409, "The project is not under construction", "项目未处于建设阶段", ERROR),
    CHANGE_NOT_ALLOWED(409, "Changes are filed between approval and final acceptance", "批复后、竣工验收前方可申请变更", ERROR),
    NOT_ACCEPTED(409, "The project has not passed final acceptance", "项目尚未通过竣工验收", ERROR),
    CHANGE_NOT_PENDING(409, "The change request was already filed or decided", "该变更已备案或已决定", ERROR),
    CHANGE_REVIEW_OPEN(409, "A review round of the change is still open", "该变更的评审尚未结束", ERROR),
    CHANGE_REVIEW_NOT_NEEDED(409, "The pack sets no review round for this change", "依政策包该变更无需评审", ERROR),
    NOT_COMPLETED(409, "The construction is not completed yet", "项目尚未完工", ERROR),
    ALREADY_RECORDED(409, "Already recorded", "已录入", ERROR),
    ACCEPTANCE_STEP_NOT_ALLOWED(409, "This acceptance step does not fit the project's state", "该验收步骤与项目当前状态不符", ERROR),
    ACCEPTANCE_ALREADY_APPLIED(409, "Final acceptance was already applied for", "已申请竣工验收", ERROR),
    ACCEPTANCE_ALREADY_PASSED(409, "Final acceptance has already passed", "竣工验收已通过", ERROR),
    NO_PENDING_ACCEPTANCE_APPLICATION(409, "No final-acceptance application is pending", "没有待处理的竣工验收申请", ERROR),
    ACCEPTANCE_NOT_FAILED(409, "Final acceptance did not fail", "竣工验收未被判定为不通过", ERROR),
    ACCEPTANCE_NOT_PASSED(409, "Final acceptance has not passed", "竣工验收尚未通过", ERROR),

    ENGAGEMENT_DUPLICATE(409, "This engagement is already recorded for an overlapping period", "该参与记录已存在，期间重叠", ERROR),
    ENGAGEMENT_ALREADY_ENDED(409, "This engagement has already ended", "该参与记录已结束", ERROR),
    CONFLICT_ALREADY_DECLARED(409, "You have already declared a conflict of interest with this project", "您已申报与该项目存在利益冲突", ERROR),
    SEAT_ALREADY_ACCEPTED(409, "You have already accepted this seat", "您已接受该席位", ERROR),
    SEAT_ALREADY_DECLINED(409, "You have already declined this seat", "您已拒绝该席位", ERROR),
    PANEL_COMPLETE(409, "The round already has the pack's minimum of experts seated or invited", "本轮专家已达政策包规定的最低人数", ERROR),
    LEDGER_JOB_NOT_FAILED(409, "Only a FAILED job can be restarted", "仅失败的任务可重新开始", ERROR),
    LOCAL_CODE_CONFLICT(409, "The local code is already used by another project", "本地编号已被其他项目使用", ERROR),
    NOT_AN_OM_PROJECT(409, "The project is not an O&M project", "该项目不是运维类项目", ERROR),
    MAINTAINED_SYSTEM_NOT_IN_OPERATION(409, "An O&M project maintains a completed system", "运维项目只能关联已竣工验收或运行中的系统", ERROR),
    MAINTAINED_SYSTEM_OTHER_JURISDICTION(409, "The system is in another jurisdiction than the O&M project", "系统与运维项目不属于同一辖区", ERROR),
    SYSTEM_NOT_IN_OPERATION(409, "An O&M budget proposal is for a system in operation", "运维预算建议针对运行中的系统", ERROR),
    NOT_FINALLY_ACCEPTED(409, "The final settlement follows final acceptance", "决算在竣工验收之后", ERROR),
    NOTHING_FUNDED(409, "The project has neither a budget entry nor an approved estimate", "项目既无预算下达记录也无批复概算", ERROR),
    SURPLUS_ALREADY_RETURNED(409, "The surplus was returned; the settlement can no longer be corrected", "结余资金已退回，不能再更正决算", ERROR),
    NO_SETTLEMENT(409, "A surplus is returned after the final settlement is recorded", "须先登记决算，方可登记结余资金退回", ERROR),
    NO_SURPLUS(409, "The final settlement leaves no surplus", "决算无结余资金", ERROR),
    // ---- 422: a regulation refuses (each reason cites pack and article)
    STAGE_TRANSITION_NOT_ALLOWED(422, "The policy pack's gates for this stage are not met", "未满足政策包规定的阶段条件", ERROR),
    DATE_BEFORE_REQUIRED_ACTS(422, "Dated before the acts the stage's gates rest on", "日期早于该阶段所依据的法定行为", ERROR, FIELD),
    POLICY_PACK_NOT_IN_FORCE(422, "No policy pack of the jurisdiction is in force on that date", "该日期无施行中的适用政策包", ERROR),
    NO_POLICY_PACK(422, "No policy pack judges this project", "没有适用于该项目的政策包", ERROR, FIELD, REASON),
    IDEMPOTENCY_KEY_REUSED(422, "The Idempotency-Key was already used for a different request", "该幂等键已用于其他请求", ERROR),
    ESCALATION_MEASURE_NOT_IN_PACK(422, "The project's pack does not name this measure", "项目适用的政策包未规定该措施", ERROR, REASON),
    ORDER_NOT_OVERDUE(422, "The order's time limit has not passed", "整改期限尚未届满", ERROR, REASON),
    FUNDING_SUSPENDED(422, "Funding of the project is suspended", "项目资金已暂停拨付", ERROR, REASON),
    CHANGE_NEEDS_RE_APPROVAL(422, "The pack sends this change back for approval", "依政策包该变更须重新报批", ERROR),
    CHANGE_REVIEW_REQUIRED(422, "The re-approval rests on a passed expert review of the change", "重新审批须以变更评审通过为前提", ERROR, REASON),
    ACCEPTANCE_DOCUMENTS_MISSING(422, "Documents of the acceptance checklist are missing", "缺少验收清单规定的材料", ERROR),
    ACCEPTANCE_CONDITIONS_UNMET(422, "Conditions for final acceptance are not met", "未满足竣工验收条件", ERROR),
    ACCEPTANCE_EXTENSION_NOT_PROVIDED(422, "The pack has no extension route for the acceptance application", "政策包未规定验收延期", ERROR, REASON),
    RECTIFICATION_PLAN_MISSING(422, "Submit a rectification plan before applying again", "须先提交整改方案再重新申请", ERROR, REASON),
    SELF_EVALUATION_WINDOW_NOT_OPEN(422, "The self-evaluation window of the pack is not open yet", "自评价期限尚未开始", ERROR, REASON),
    EXPERT_PANEL_TOO_SMALL(422, "Fewer experts than the pack's minimum", "专家人数少于政策包规定的下限", ERROR, REASON),
    EXPERT_OPINIONS_MISSING(422, "Not every panel member signed an opinion", "尚有专家组成员未签署意见", ERROR, REASON),

    ANNUAL_PLAN_BEFORE_APPROVAL(422, "The project cannot enter the annual investment plan before its approval", "项目立项批复前不得纳入年度投资计划", ERROR),
    BUDGET_NOT_AS_PLANNED(422, "The budget must follow the year's annual investment plan, project and amount", "预算须与年度投资计划的项目和金额保持一致", ERROR),
    POOL_TOO_SMALL(422, "The expert pool cannot give the panel without conflicts", "专家库在回避后人数不足", ERROR, REASON),
    // ---- 5xx: the service, not the request
    INTERNAL_ERROR(500, "Internal error; quote the errorId", "服务内部错误，请提供错误编号", ERROR),
    DATABASE_UNAVAILABLE(503, "The database is unavailable; nothing was changed, retry shortly", "数据库暂不可用，本次操作未生效，请稍后重试", ERROR),
    REQUEST_TIMEOUT(503, "The request took longer than the service allows and was stopped; nothing was changed, retry or ask for less", "请求处理超时已被终止，本次操作未生效，请重试或缩小查询范围", ERROR),

    EXPERT_POOL_UNAVAILABLE(503, "The expert pool (Keycloak) cannot be read and no earlier copy is cached; retry shortly", "专家库暂不可读且无缓存副本，请稍后重试", ERROR),
    // ---- field codes: one per invalid field of an INVALID_INPUT (400)
    REQUIRED(400, "Required", "必填", FIELD),
    TOO_LONG(400, "Too long", "过长", FIELD),
    NUL_CHARACTER(400, "Contains a NUL character", "含有空字符（U+0000）", FIELD),
    INVALID_VALUE(400, "A value its type cannot hold", "取值超出其类型的范围或格式", FIELD),
    INVALID_FORMAT(400, "Wrong type or format", "类型或格式不正确", FIELD),
    INVALID_MONEY(400, "Not an amount in CNY with at most 2 decimals", "不是最多两位小数的人民币金额", FIELD),
    INVALID_ID(400, "Not a valid id", "标识无效", FIELD),
    INVALID_NAME(400, "Not a valid name", "名称无效", FIELD),
    INVALID_PARENT(400, "Not a valid parent", "上级无效", FIELD),
    INVALID_PHASE(400, "Not a valid phase", "期次无效", FIELD),
    INVALID_YEAR(400, "Not a valid year", "年份无效", FIELD),
    INVALID_MONTH(400, "Not a valid month", "月份无效", FIELD),
    INVALID_MONTHS(400, "Not a valid number of months", "月数无效", FIELD),
    INVALID_DATE(400, "Not a valid date", "日期无效", FIELD),
    INVALID_DATE_RANGE(400, "The dates are in the wrong order", "日期先后顺序不正确", FIELD),
    INVALID_INSTANT(400, "Not an ISO-8601 instant between 1900 and 9999", "不是1900至9999年间的ISO-8601时刻", FIELD),
    INVALID_CURSOR(400, "Not a cursor issued for this list", "不是本列表签发的游标", FIELD),
    INVALID_PAGE_SIZE(400, "Not a page size in range", "分页大小超出范围", FIELD),
    INVALID_REGION_CODE(400, "Not a GB/T 2260 region code", "不是GB/T 2260行政区划代码", FIELD),
    INVALID_CREDIT_CODE(400, "Not a unified social credit code (GB 32100)", "不是统一社会信用代码（GB 32100）", FIELD),
    INVALID_PROJECT_CODE(400, "Not a national project code (GB/T 40058)", "不是项目代码（GB/T 40058）", FIELD),
    INVALID_PROJECT_TYPE(400, "Not a project type of the national code", "项目代码的项目类型无效", FIELD),
    INVALID_PACK(400, "Not a valid policy pack", "政策包无效", FIELD),
    INVALID_SCORE(400, "Not a score from 0 to 100 with at most 2 decimals", "不是0至100、最多两位小数的分数", FIELD),
    INVALID_BASE64(400, "Not valid base64", "不是有效的base64编码", FIELD),
    INVALID_CONTENT_TYPE(400, "Not a media type type/subtype", "不是 type/subtype 形式的媒体类型", FIELD),
    INVALID_FILE_NAME(400, "Not a file name of at most 255 characters without control characters", "文件名过长或含控制字符", FIELD),
    INVALID_URL(400, "Not an absolute http or https URL", "不是完整的 http 或 https 地址", FIELD),
    INVALID_SECRET(400, "Not a secret of 16 to 256 characters", "密钥须为16至256个字符", FIELD),
    INVALID_STATUS(400, "Not a valid status", "状态无效", FIELD),
    INVALID_IDEMPOTENCY_KEY(400, "Not a valid Idempotency-Key", "幂等键无效", FIELD),
    EMPTY_FILE(400, "The file is empty", "文件为空", FIELD),
    FILE_TOO_LARGE(400, "The file is too large", "文件过大", FIELD),
    UNKNOWN_EXPERT(400, "Not an expert of this jurisdiction", "不是本辖区的专家", FIELD),
    UNKNOWN_CONTRACT(400, "Not a contract of this project", "不是本项目的合同", FIELD),
    UNKNOWN_DOCUMENT(400, "Not a document of this project", "不是本项目的文件", FIELD),
    UNKNOWN_DOCUMENT_TYPE(400, "Unknown document type", "未知的文件类型", FIELD),
    UNKNOWN_ORGANISATION(400, "Unknown organisation", "未知的单位", FIELD),
    UNKNOWN_REGION(400, "Unknown region", "未知的行政区划", FIELD),
    UNKNOWN_ITEM_CODE(400, "Unknown approval item code", "未知的审批事项编码", FIELD),
    UNKNOWN_STATE(400, "Unknown approval item state", "未知的办理状态", FIELD),
    ITEM_ID_MISMATCH(400, "Does not match the id in the path", "与路径中的标识不一致", FIELD),
    REGION_OUTSIDE_PROVINCE(400, "The region is not in your province", "该行政区划不在本省", FIELD),
    REGION_MISMATCH(400, "The region does not match the project's", "行政区划与项目不一致", FIELD),
    DATE_IN_FUTURE(400, "Must not be in the future", "不得晚于今天", FIELD),
    DATE_BEFORE_PREVIOUS_ACT(400, "Dated before the previous act", "早于前一法定行为的日期", FIELD),
    DATE_AFTER_NEXT_ACT(400, "Dated after the next act", "晚于后一法定行为的日期", FIELD),
    NOT_A_LEGAL_ACT(400, "Not a legal act with a date", "不是带日期的法定行为", FIELD),
    NOT_A_FORWARD_STAGE(400, "Not a stage ahead of the project's", "不是项目之后的阶段", FIELD),
    STAGE_HAS_DEDICATED_OPERATION(400, "This stage is reached with its own operation", "该阶段须通过专门操作进入", FIELD),
    END_BEFORE_START(400, "Ends before it starts", "结束早于开始", FIELD),
    BEFORE_AWARD_NOTICE(400, "Dated before the award notice", "早于中标通知书日期", FIELD),
    BEFORE_SIGNING(400, "Dated before the signing", "早于签订日期", FIELD),
    BEFORE_APPLICATION(400, "Dated before the project's application", "早于项目申报日期", FIELD),
    BEFORE_APPROVAL(400, "Dated before the approval", "早于批复日期", FIELD),
    BEFORE_REVIEW(400, "Dated before its review", "早于评审日期", FIELD),
    BEFORE_REQUEST(400, "Dated before the request", "早于申请日期", FIELD),
    BEFORE_OPINION(400, "Dated before a signed opinion of its round", "早于本轮已签署意见的日期", FIELD),
    BEFORE_PREVIOUS_ROUND(400, "Dated before the round it follows", "早于上一轮评审的日期", FIELD),
    BEFORE_FAILED_ACCEPTANCE(400, "Dated before the failed final acceptance", "早于竣工验收未通过之日", FIELD),
    NOT_AFTER_REQUEST(400, "Must be after the request date", "须晚于申请日期", FIELD),
    NOT_AFTER_SUBMISSION(400, "Must be after the submission date", "须晚于提交日期", FIELD),
    DUE_DATE_IN_PAST(400, "The due date is in the past", "期限已过", FIELD),
    DUE_NOT_AFTER_ISSUE(400, "The due date is not after the issue date", "期限须晚于下达日期", FIELD),
    EXCEEDS_ADDED(400, "Exceeds the added amount", "超过新增金额", FIELD),
    EXCEEDS_REMOVED(400, "Exceeds the removed amount", "超过核减金额", FIELD),
    ZERO_ESTIMATE(400, "Must be greater than zero", "须大于零", FIELD),
    CHANGE_REVIEW_NEEDS_CHANGE(400, "A CHANGE_REVIEW and its changeId go together", "变更评审须指明所属变更", FIELD),
    CHANGE_APPROVAL_VIA_DECIDE_CHANGE(400, "A change approval is recorded by decideChange", "变更批复须通过变更决定录入", FIELD),
    ORDER_ARTICLE_REQUIRED(400, "An order or finding needs the article it rests on", "须注明所依据的条款", FIELD),
    ARTICLE_NOT_IN_PACK(400, "Not an article of the project's pack", "不是项目适用政策包的条款", FIELD),
    PACK_OUTSIDE_JURISDICTION(400, "The pack does not govern the project's region", "该政策包不适用于项目所在地区", FIELD),
    SAME_PACK_VERSION(400, "From and to are the same pack version", "原版本与新版本相同", FIELD),
    HOLIDAY_FILE_MALFORMED(400, "The holiday file is malformed", "节假日文件格式错误", FIELD),
    HOLIDAY_YEAR_MISMATCH(400, "The file is for another year", "文件年份不符", FIELD),
    HOLIDAY_DAYS_MISSING(400, "The file lists no days", "文件未列出日期", FIELD),
    HOLIDAY_DATE_INVALID(400, "Not a date YYYY-MM-DD", "不是 YYYY-MM-DD 日期", FIELD),
    HOLIDAY_DATE_OUTSIDE_YEAR(400, "The date is not in the year", "日期不在该年份内", FIELD),
    HOLIDAY_DATE_TWICE(400, "The date is listed twice", "日期重复", FIELD),
    HOLIDAY_NAME_MISSING(400, "The day needs the holiday's name", "须注明节日名称", FIELD),
    HOLIDAY_OFF_DAY_INVALID(400, "isOffDay must be true or false", "isOffDay 须为 true 或 false", FIELD),
    MAKEUP_DAY_NOT_WEEKEND(400, "A make-up working day must be a weekend day", "调休上班日须为周末", FIELD),

    TOO_MANY(400, "Too many", "过多", FIELD),
    TOO_MANY_ITEMS(400, "Too many items", "项数过多", FIELD),
    NOT_A_SEED(400, "Not a draw seed", "不是有效的抽取种子", FIELD),
    OUT_OF_RANGE(400, "Out of range", "超出范围", FIELD),
    PANEL_AND_DRAW(400, "Give a panel or draw one, not both", "指定专家与随机抽取只能选其一", FIELD),
    BEFORE_FINAL_ACCEPTANCE(400, "Before the final acceptance", "早于竣工验收", FIELD),
    BEFORE_SETTLEMENT(400, "Before the final settlement", "早于决算", FIELD),
    EXCEEDS_FUNDED(400, "More than the funded amount", "超过已安排资金", FIELD),
    EXCEEDS_SURPLUS(400, "More than the surplus", "超过结余资金", FIELD),
    NOT_POSITIVE(400, "Must be positive", "须为正数", FIELD),
    ONLY_FOR_LOSS(400, "Only on a loss report", "仅限损失报告填写", FIELD),
    ENGAGEMENT_KIND_DERIVED(400, "Panel seats and participations are derived, not recorded", "评审席位和参建由系统生成，不能直接登记", FIELD),
    ENGAGEMENT_OUTSIDE_PROJECT_DATES(400, "The period must lie within the project's dates", "参与期间须在项目期间内", FIELD),
    ENGAGEMENT_SUBJECT_REQUIRED(400, "Give exactly one of username and organisationId", "用户名与单位须且仅须填写其一", FIELD),
    UNKNOWN_PERSON(400, "No such user with that role", "不存在该角色的用户", FIELD),
    PARTICIPANT_IS_OWNER(400, "The owner organisation is not a participant", "项目建设单位本身不是参建单位", FIELD),
    IMPORT_NOT_XLSX(400, "The file is not a readable XLSX workbook", "文件不是可读取的XLSX表格", FIELD),
    IMPORT_ZIP_TOO_MANY_ENTRIES(400, "The file holds too many parts", "文件包含的部件过多", FIELD),
    IMPORT_ZIP_BOMB(400, "The file expands to more than its limit", "文件解压后超过上限", FIELD),
    IMPORT_WRONG_TEMPLATE(400, "This is not the ledger template of this version", "不是本版本的台账模板", FIELD),
    IMPORT_MISSING_COLUMN(400, "A column of the template is missing", "缺少模板中的列", FIELD),
    IMPORT_TOO_MANY_ROWS(400, "The file has more rows than an import takes", "文件行数超过导入上限", FIELD),
    IMPORT_FORMULA(400, "A formula: enter the value itself", "为公式，请直接填写数值", FIELD),
    IMPORT_FORMULA_TEXT(400, "Text starting with = + - or @ runs as a formula in a spreadsheet", "以 = + - @ 开头的文字会被表格当作公式执行", FIELD),
    IMPORT_KEY_MISSING(400, "Give the national project code or the local code", "请填写项目代码或本地编号", FIELD),
    IMPORT_DUPLICATE_KEY(400, "The same key appears in more than one row of the file", "同一键值在文件中出现多次", FIELD),
    IMPORT_UNKNOWN_UNIT(400, "No registered organisation has this credit code", "没有该统一社会信用代码的已登记单位", FIELD),
    IMPORT_UNKNOWN_REGION(400, "Unknown region code", "未知的行政区划代码", FIELD),
    IMPORT_UNKNOWN_PROJECT(400, "No such project in the file or in your scope", "本文件及您的范围内均没有该项目", FIELD),
    IMPORT_OUT_OF_SCOPE(400, "Another unit's or region's project", "其他单位或地区的项目", FIELD),
    IMPORT_ACT_NOT_ALLOWED_FOR_ROLE(400, "This row is an act your role does not record", "该行为不由您的角色登记", FIELD),
    IMPORT_STAGE_NOT_IMPORTABLE(400, "A stage after the application rests on acts of other parties: bring it with the acts sheet or the API", "申报之后的阶段依赖其他主体的行为，请以行为表或接口登记", FIELD),
    INVALID_CHOICE(400, "Not one of the allowed values", "不是允许的取值", FIELD),
    INVALID_NUMBER(400, "Not a valid number in range", "不是有效范围内的数字", FIELD),
    INVALID_TEXT(400, "The text contains a character that is not allowed", "文字包含不允许的字符", FIELD),
    IMPORT_FILE_TOO_LARGE(400, "The file is too large", "文件过大", ERROR, FIELD),
    IMPORT_STAGE_NOT_REACHED(400, "The file's acts do not bring the project to the stage its row gives", "文件中的行为未使项目达到所填阶段", FIELD),
    IMPORT_ACT_NOT_IMPORTABLE(400, "This act rests on records a file cannot carry; record it through the API", "该行为依赖文件无法承载的记录，请通过接口登记", FIELD),
    INVALID_PERIOD(400, "A period needs a start and a later end", "须填写起始日期及更晚的截止日期", ERROR, FIELD),
    // ---- reason codes: one per unmet rule of a 422 (or 403), each cited
    TRANSITION_NOT_ALLOWED(422, "The lifecycle does not lead there", "项目生命周期不允许该阶段变更", REASON),
    REVIEW_MISSING(422, "A required review has not passed", "尚未通过规定的评审", REASON),
    APPROVAL_MISSING(422, "A required approval is not on record", "缺少规定的批复", REASON),
    DOCUMENT_MISSING(422, "A required document is missing", "缺少规定的材料", REASON),
    ATTESTATION_MISSING(422, "A required attestation is missing", "缺少规定的声明或确认", REASON),
    CONTRACT_DOCUMENT_MISSING(422, "A document required per contract is missing", "缺少合同规定的材料", REASON),
    EXCLUDED(422, "The pack excludes the project on this ground", "政策包规定的不予支持情形", REASON),
    LIBRARY_ENTRY_EXPIRED(422, "The project library entry has expired", "项目库入库已过期", REASON),
    TRIAL_RUN_TOO_SHORT(422, "The trial run is shorter than the pack requires", "试运行时间短于规定", REASON),
    MAJOR_CHANGE(422, "A major change is re-approved", "存在重大变更，须重新审批", REASON),
    NO_FILING_ROUTE(422, "Changes to approved content go back for approval", "批复内容的变更须重新报批", REASON),
    TOTAL_EXCEEDS_ESTIMATE(422, "The proposed total exceeds the approved estimate", "调整后总额超过批复概算", REASON),
    OBJECTIVE_CHANGED(422, "The construction objective changes", "建设目标发生变化", REASON),
    ADJUSTMENT_ABOVE_LIMIT(422, "The adjustment exceeds the pack's limit", "调整幅度超过规定", REASON),
    REASON_NOT_ALLOWED(422, "Not one of the permitted reasons for a change", "不属于允许的变更理由", REASON),
    NEW_CONTENT_ABOVE_SHARE(422, "New content exceeds the pack's share", "新增内容比例超过规定", REASON),
    NEW_CONTENT_ABOVE_AMOUNT(422, "New content exceeds the pack's amount", "新增内容金额超过规定", REASON),
    OM_FUNDING_REFUSED(422, "The pack refuses operation and maintenance funding", "依政策包不予安排运维经费", ERROR, REASON),
    ANNUAL_PLAN_BEFORE_STAGE(422, "In the annual plan before the stage the pack asks", "未达到政策包规定阶段即纳入年度计划", REASON),
    NOT_IN_ANNUAL_PLAN(422, "Not in the annual investment plan of that year", "未纳入该年度投资计划", REASON),
    BUDGET_DIFFERS_FROM_PLAN(422, "The budget differs from the annual plan's amount", "预算金额与年度计划不一致", REASON),
    OM_SYSTEM_NOT_LINKED(422, "The O&M project is linked to no system it maintains", "运维项目未关联所运维的系统", REASON),
    EXCLUDED_ALREADY_IN_ROUND(422, "Experts already in the round", "已在本轮的专家", REASON),
    EXCLUDED_UNAVAILABLE(422, "Experts not available", "暂不可用的专家", REASON),
    EXCLUDED_NO_MATCHING_FIELD(422, "Experts of no matching field", "专业领域不符的专家", REASON),
    EXCLUDED_APPLYING_UNIT(422, "Experts of the applying unit", "申报单位的专家（回避）", REASON),
    EXCLUDED_PARTICIPANT(422, "Experts of a participating unit", "参建单位的专家（回避）", REASON),
    EXCLUDED_CONFLICT_DECLARED(422, "Experts who declared a conflict of interest", "已申报利益冲突的专家", REASON),
    EXCLUDED_COOLDOWN(422, "Experts who sat on the same unit's panels recently", "近期已参加该单位项目评审的专家", REASON),
    PACK_EXPIRED_NO_SUCCESSOR(422, "The pack expired and nothing succeeds it", "政策包已到期且无后续办法", REASON);

    /** Where a code appears: the error's own code, the code of one invalid field, or of one cited reason. */
    public enum Use { ERROR, FIELD, REASON }

    private final int status;
    private final Text title;
    private final Set<Use> uses;

    ErrorCode(int status, String en, String zh, Use first, Use... more) {
        this.status = status;
        this.title = new Text(en, zh);
        this.uses = EnumSet.of(first, more);
    }

    /** The HTTP status of an error with this code (a field code's error is 400, a reason's 422 or 403). */
    public int status() {
        return status;
    }

    /** The same request may simply be sent again (after Retry-After): the service, not the request, failed. */
    public boolean retryable() {
        return status == 503;
    }

    /** The base text in both languages; an error's own message adds the detail of the case. */
    public Text title() {
        return title;
    }

    public Set<Use> uses() {
        return uses;
    }

    public static Optional<ErrorCode> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
