package org.egov.itpm.ledger;

import static org.egov.itpm.ledger.LedgerFiles.job;
import static org.egov.itpm.ledger.LedgerFiles.mutate;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.egov.itpm.ledger.job.JobRunner;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens;

/** Test helpers: import a file as someone and read the job; read a project by name; export a ledger. */
final class Imports {

    private Imports() {
    }

    static JsonPath importAs(JobRunner runner, TestTokens.Person who, byte[] file, boolean dryRun) {
        String id = mutate(who, LedgerImportTest.START, Map.of("c", Books.base64(file), "d", dryRun))
                .getString("data.startLedgerImport.id");
        runner.runAvailable("test-worker");
        return job(who, id);
    }

    /** The errors of a job as "sheet!row:column CODE". */
    static List<String> errors(JsonPath job) {
        return job.getList("errors.collect { it.sheet + '!' + it.row + ':' + it.column + ' ' + it.code }");
    }

    /** The first project whose name contains {@code name}, with {@code fields}, as {@code who} sees it. */
    static JsonPath project(TestTokens.Person who, String name, String fields) {
        return GraphQL.postAs(who, "query($n: String) { projects(filter: {nameContains: $n}) { edges { node { "
                + fields + " } } } }", Map.of("n", name)).extract().jsonPath()
                .setRootPath("data.projects.edges[0].node");
    }

    /** The ledger export of the projects whose name contains {@code name}, as {@code who}. */
    static byte[] export(JobRunner runner, TestTokens.Person who, String name) {
        String id = mutate(who, "mutation($n: String) { startLedgerExport(filter: {nameContains: $n}) { id } }",
                Map.of("n", name)).getString("data.startLedgerExport.id");
        runner.runAvailable("test-worker");
        return LedgerFiles.download(who, job(who, id).getString("downloadUrl"));
    }
}
