package org.egov.itpm.ledger;

import org.egov.itpm.common.TextLimits;
import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.ItpmConfig;
import org.egov.itpm.ledger.job.DownloadLinks;
import org.egov.itpm.ledger.job.LedgerJobKind;
import org.egov.itpm.ledger.job.LedgerJobView;
import org.egov.itpm.ledger.job.LedgerJobs;
import org.egov.itpm.security.Roles;

/** Upload a ledger workbook (the template of GET /api/v1/ledger/templates/{packId}, or an export) to import it. */
@GraphQLApi
public class ImportGraphQLApi {

    @Inject
    LedgerJobs jobs;
    @Inject
    DownloadLinks links;
    @Inject
    ItpmConfig config;

    @Mutation("startLedgerImport")
    @Description("Import a ledger workbook (the template of GET /api/v1/ledger/templates/{packId}, or a ledger export)"
            + " in the background. Its sheets: 项目台账 (projects with their 入库 and 申报 dates), 行为 acts (stage moves"
            + " and the other acts, each with its legal date), 批复 (approvals), 合同 contracts and 资金 funding (annual"
            + " plan and budget entries); each project's rows are recorded by legal date, not sheet by sheet."
            + " dryRun: true reports every problem by sheet, row and column and stores nothing; dryRun: false stores"
            + " every row or none. Each row is recorded through the operation the API has for its act and only if your"
            + " role performs that act (IMPORT_ACT_NOT_ALLOWED_FOR_ROLE). A row already on record changes nothing:"
            + " a project by 项目代码 or local code, an act by project, kind and date, an approval by project, kind and"
            + " 文号, a contract by project, kind, supplier credit code and signing date, a funding entry by project,"
            + " year, kind and 文号. At most ITPM_LEDGER_IMPORT_MAX_BYTES and ITPM_LEDGER_IMPORT_MAX_ROWS data rows over"
            + " all sheets; rowsTotal counts those rows.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER})
    public LedgerJobView startLedgerImport(@Size(max = TextLimits.FILE_NAME) String fileName,
            @Size(max = TextLimits.CONTENT_BASE64) @NonNull String contentBase64, @NonNull Boolean dryRun) {
        long max = config.ledger().importMaxBytes();
        if (contentBase64.length() > (max + 2) / 3 * 4) {
            throw InvalidInputException.of("contentBase64", "IMPORT_FILE_TOO_LARGE", "the file is larger than " + max
                    + " bytes", "文件超过 " + max + " 字节");
        }
        if (fileName != null && fileName.length() > 200) {
            throw InvalidInputException.of("fileName", "TOO_LONG", "is longer than 200 characters", "超过200个字符");
        }
        byte[] content;
        try {
            content = Base64.getDecoder().decode(contentBase64);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("contentBase64", "INVALID_BASE64", "is not base64", "不是base64编码");
        }
        LedgerJobKind kind = dryRun ? LedgerJobKind.IMPORT_DRY_RUN : LedgerJobKind.IMPORT_COMMIT;
        return LedgerJobView.of(jobs.start(kind, Map.of("fileName", fileName == null ? "" : fileName), content), links);
    }
}
