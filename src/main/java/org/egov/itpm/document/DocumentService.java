package org.egov.itpm.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.ItpmConfig;
import org.egov.itpm.common.NotFoundException;
import org.egov.itpm.common.Text;
import org.egov.itpm.contract.ContractService;
import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.project.Project;
import org.egov.itpm.project.ProjectChanges;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.review.ReviewService;
import org.egov.itpm.security.CurrentUser;

/** Storing and reading project documents within the caller's scope. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DocumentService implements org.egov.itpm.project.DocumentOwnership {

    private final DocumentRepository documents;
    private final ProjectService projects;
    private final ProjectChanges changes;
    private final AuditService audit;
    private final CurrentUser user;
    private final Clock clock;
    private final long maxBytes;
    private final ContractService contracts;
    private final DocumentParty party;

    @Inject
    public DocumentService(DocumentRepository documents, ProjectService projects, ProjectChanges changes, AuditService audit,
                           CurrentUser user, Clock clock, ItpmConfig config, ContractService contracts,
                           ReviewService reviews) {
        this.contracts = contracts;
        this.party = new DocumentParty(user, reviews);
        this.documents = documents;
        this.projects = projects;
        this.changes = changes;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
        this.maxBytes = config.documents().maxBytes();
    }

    @Transactional
    public DocumentMeta upload(UUID projectId, String type, String fileName, String contentType, byte[] content) {
        return upload(projectId, type, fileName, contentType, content, null);
    }

    /**
     * Stores a document of the project, optionally linked to one of its contracts. A CONTRACT_ACCEPTANCE_REPORT
     * (Qufu art.34) always names its contract. Only the document's issuer may record it ({@link DocumentParty}).
     */
    @Transactional
    public DocumentMeta upload(UUID projectId, String type, String fileName, String contentType, byte[] content,
                               UUID contractId) {
        Project project = projects.get(projectId);
        DocumentType documentType = parseType(type);
        party.requireIssuer(project, documentType);
        if (contractId != null && !contracts.get(contractId).projectId.equals(project.id)) {
            throw InvalidInputException.of("contractId", "UNKNOWN_CONTRACT", "not a contract of this project",
                    "不是本项目的合同");
        }
        if (contractId == null && documentType == DocumentType.CONTRACT_ACCEPTANCE_REPORT) {
            throw InvalidInputException.of("contractId", "REQUIRED", "a contract acceptance report names its contract"
                    + " (Qufu art.34)", "合同履约验收报告须指明所属合同");
        }
        if (contentType != null && !MediaTypes.isValid(contentType)) {
            throw InvalidInputException.of("file.contentType", "INVALID_CONTENT_TYPE", "must be a media type such as"
                    + " application/pdf (type/subtype, at most 255 characters)", "须为媒体类型，如 application/pdf");
        }
        if (fileName != null && (fileName.length() > 255 || fileName.chars().anyMatch(c -> c < 0x20))) {
            throw InvalidInputException.of("file.fileName", "INVALID_FILE_NAME", "must be at most 255 characters"
                    + " without control characters", "最多255个字符，且不得含控制字符");
        }
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "EMPTY_FILE", "the file is empty", "文件为空");
        }
        if (content.length > maxBytes) {
            throw InvalidInputException.of("file", "FILE_TOO_LARGE", "the file exceeds " + maxBytes + " bytes",
                    "文件超过 " + maxBytes + " 字节上限");
        }
        if (project.stage.isClosed()) {
            throw new ConflictException("PROJECT_CLOSED", new Text("project " + project.localCode + " is "
                    + project.stage, "项目 " + project.localCode + " 已处于 " + project.stage));
        }
        Document d = new Document();
        d.id = UUID.randomUUID();
        d.projectId = project.id;
        d.type = documentType;
        d.fileName = fileName == null || fileName.isBlank() ? "document" : fileName;
        d.contentType = contentType == null ? "application/octet-stream" : contentType;
        d.sizeBytes = content.length;
        d.sha256 = sha256(content);
        d.content = content;
        d.contractId = contractId;
        d.uploadedBy = user.username();
        d.uploadedAt = clock.instant();
        documents.persist(d);
        audit.record(project.id, "Document", d.id, "UPLOAD", user.username(), Map.of("type", d.type.name(),
                "sha256", d.sha256, "size", d.sizeBytes));
        changes.changed(project.id, "DOCUMENT");
        return new DocumentMeta(d.id, d.projectId, d.type, d.fileName, d.contentType, d.sizeBytes, d.sha256,
                d.contractId, d.uploadedBy, d.uploadedAt);
    }

    /** The document with content, if its project is in the caller's scope. */
    public Document download(UUID id) {
        Document d = documents.findByIdOptional(id).orElseThrow(() -> new NotFoundException("document", id));
        try {
            projects.get(d.projectId);
        } catch (NotFoundException e) {
            throw new NotFoundException("document", id);
        }
        return d;
    }

    public Map<UUID, List<DocumentMeta>> byProjects(Collection<UUID> projectIds) {
        return documents.metaByProjects(projectIds).stream()
                .collect(Collectors.groupingBy(DocumentMeta::projectId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Checks that every id is a document of {@code projectId}; transitions cite only their own documents. */
    @Override
    public void requireOwnDocuments(UUID projectId, List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        List<UUID> own = documents.metaByIds(ids).stream().filter(m -> m.projectId().equals(projectId))
                .map(DocumentMeta::id).toList();
        List<UUID> foreign = ids.stream().filter(i -> !own.contains(i)).toList();
        if (!foreign.isEmpty()) {
            throw InvalidInputException.of("documentIds", "UNKNOWN_DOCUMENT", "not documents of this project: "
                    + foreign, "不是本项目的文件：" + foreign);
        }
    }

    private static DocumentType parseType(String type) {
        try {
            return DocumentType.valueOf(type);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidInputException.of("type", "UNKNOWN_DOCUMENT_TYPE", "unknown document type " + type,
                    "未知的文件类型 " + type);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
