package org.egov.itpm.ledger.export;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.egov.itpm.document.DocumentMeta;
import org.egov.itpm.document.DocumentService;
import org.egov.itpm.ledger.export.SheetWriter.Column;
import org.egov.itpm.ledger.job.JobHandler;
import org.egov.itpm.ledger.job.LedgerJob;
import org.egov.itpm.ledger.job.LedgerJobKind;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.project.ProjectView;
import org.egov.itpm.project.StageTransition;

/**
 * A project's dossier (档案): a ZIP of its documents and {@code 00-目录-index.xlsx} listing every act (stage move with
 * its legal date) and every document with its upload time and SHA-256, so an archive can check each file.
 */
@ApplicationScoped
public class DossierExport implements JobHandler {

    static final String INDEX = "00-目录-index.xlsx";
    static final List<Column> ACTS = List.of(new Column("序号", "seq"), new Column("自", "fromStage"),
            new Column("至", "toStage"), new Column("法定日期", "effectiveOn"), new Column("登记人", "actor"),
            new Column("登记时间（UTC）", "recordedAt"), new Column("事由", "reason"));
    static final List<Column> DOCUMENTS = List.of(new Column("文件", "file"), new Column("类型", "type"),
            new Column("大小（字节）", "sizeBytes"), new Column("SHA-256", "sha256"), new Column("上传人", "uploadedBy"),
            new Column("上传时间（UTC）", "uploadedAt"));

    private final ProjectService projects;
    private final DocumentService documents;

    @Inject
    public DossierExport(ProjectService projects, DocumentService documents) {
        this.projects = projects;
        this.documents = documents;
    }

    @Override
    public LedgerJobKind kind() {
        return LedgerJobKind.DOSSIER;
    }

    @Override
    public Outcome run(LedgerJob job, Progress progress) throws Exception {
        UUID projectId = UUID.fromString((String) job.params.get("projectId"));
        record Listing(ProjectView project, List<StageTransition> acts, List<DocumentMeta> docs) {
        }
        Listing l = QuarkusTransaction.requiringNew().call(() -> new Listing(ProjectView.of(projects.get(projectId)),
                projects.historyOf(List.of(projectId)).getOrDefault(projectId, List.of()),
                documents.byProjects(List.of(projectId)).getOrDefault(projectId, List.of())));
        progress.report(0, l.docs().size());
        Path file = Files.createTempFile("dossier-", ".zip");
        Set<String> names = new HashSet<>();
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(INDEX));
            zip.write(index(l.acts(), l.docs(), names));
            zip.closeEntry();
            int done = 0;
            for (DocumentMeta meta : l.docs()) {
                byte[] content = QuarkusTransaction.requiringNew().call(() -> documents.download(meta.id()).content);
                zip.putNextEntry(new ZipEntry(entryName(meta, names)));
                zip.write(content);
                zip.closeEntry();
                progress.report(++done, l.docs().size());
            }
        }
        String code = l.project().nationalCode() != null ? l.project().nationalCode() : l.project().localCode();
        return Outcome.file(file, "档案-dossier-" + code + ".zip", "application/zip", l.docs().size());
    }

    private static byte[] index(List<StageTransition> acts, List<DocumentMeta> docs, Set<String> names)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "egov-itpm", "1.0")) {
            SheetWriter a = new SheetWriter(wb.newWorksheet("行为 acts"), ACTS);
            for (StageTransition t : acts) {
                a.row(java.util.Arrays.asList(t.seq, t.fromStage == null ? null : t.fromStage.name(), t.toStage.name(),
                        t.effectiveOn, t.actor, t.at.toString(), t.reason));
            }
            SheetWriter d = new SheetWriter(wb.newWorksheet("文件 documents"), DOCUMENTS);
            Set<String> preview = new HashSet<>(names);
            for (DocumentMeta m : docs) {
                d.row(List.of(entryName(m, preview), m.type().name(), m.sizeBytes(), m.sha256(), m.uploadedBy(),
                        m.uploadedAt().toString()));
            }
            wb.finish();
        }
        return out.toByteArray();
    }

    /** A safe, unique entry name: the type and the file name without any path (no zip-slip in the archive). */
    static String entryName(DocumentMeta m, Set<String> taken) {
        String base = m.fileName().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        String name = m.type().name() + "/" + base;
        for (int i = 2; !taken.add(name); i++) {
            name = m.type().name() + "/" + i + "-" + base;
        }
        return name;
    }
}
