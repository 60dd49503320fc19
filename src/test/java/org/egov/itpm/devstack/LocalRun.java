package org.egov.itpm.devstack;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The whole stack on one machine without Docker: PostgreSQL (embedded, persistent), Keycloak 26.7.3 (realm
 * {@code itpm}), a mail server (GreenMail: SMTP :2525, web API :8025) and the service
 * ({@code target/quarkus-app/quarkus-run.jar}). Started by {@code ./run.sh}.
 *
 * <pre>
 * ./run.sh                    # PostgreSQL :5433, Keycloak :8180, service :8080
 * ./run.sh --reset-keycloak   # re-import keycloak/itpm-realm.json + keycloak/demo/ (Keycloak data deleted)
 * ./run.sh --reset-db         # empty database (.local/pgdata deleted)
 * ./run.sh --no-service       # only PostgreSQL and Keycloak, e.g. to run the service from the IDE
 * </pre>
 * Ctrl-C stops the service, Keycloak and PostgreSQL, in that order. Downloads and data are kept in
 * {@code .local/} and reused by the next run.
 */
public final class LocalRun {

    static final int SERVICE_PORT = 8080;
    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin";

    private final Options options;
    private final Path projectDir = Path.of("").toAbsolutePath();
    private final Path localDir = projectDir.resolve(".local");
    private final Path realmFile = projectDir.resolve("keycloak/itpm-realm.json");
    private final Path serviceJar = projectDir.resolve("target/quarkus-app/quarkus-run.jar");
    private final AtomicBoolean shuttingDown = new AtomicBoolean();

    private volatile EmbeddedPostgresServer postgres;
    private volatile KeycloakServer keycloak;
    private volatile Process service;

    private LocalRun(Options options) {
        this.options = options;
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.println(Options.USAGE);
            return;
        }
        LocalRun run = new LocalRun(options);
        Runtime.getRuntime().addShutdownHook(new Thread(run::shutdown, "local-run-stop"));
        int exitCode;
        try {
            exitCode = run.run();
        } catch (Exception e) {
            System.err.println();
            System.err.println("[devstack] FAILED: " + e.getMessage());
            exitCode = 1;
        }
        if (!run.shuttingDown.get()) {
            System.exit(exitCode); // runs the shutdown hook: whatever was started is stopped
        }
    }

    private int run() throws Exception {
        preflight();

        Path pgData = localDir.resolve("pgdata");
        if (options.resetDb) {
            log("--reset-db: deleting " + pgData);
            KeycloakServer.deleteRecursively(pgData);
        }
        postgres = EmbeddedPostgresServer.persistent(options.pgPort, pgData);
        log("PostgreSQL ready: " + postgres.jdbcUrl() + " (data: " + pgData + ")");
        MailServer.start();
        log("mail server ready: SMTP localhost:" + MailServer.SMTP_PORT + ", received mail at " + MailServer.uiUrl());

        Path kcBase = localDir.resolve("keycloak");
        boolean reimport = options.resetKeycloak;
        warnIfRealmChanged(kcBase, reimport);
        keycloak = KeycloakServer.builder()
                .projectDir(projectDir)
                .baseDir(kcBase)
                .realmFile(realmFile)
                .port(options.kcPort)
                .freshData(reimport)
                .snapshots(false)             // a reset is rare here: import at start, no extra offline import
                .bootstrapAdmin(ADMIN_USER, ADMIN_PASSWORD)
                .shutdownHook(false)          // ordered shutdown below
                .detachFromTerminal(true)
                .start();
        recordImportedRealm(kcBase, reimport);

        if (options.noService) {
            printBanner(false);
            new CountDownLatch(1).await(); // until Ctrl-C
            return 0;
        }

        service = startService();
        awaitServiceReady();
        printBanner(true);
        int rc = service.waitFor();
        if (!shuttingDown.get()) {
            System.err.println("[devstack] the service exited with code " + rc + "; stopping Keycloak and PostgreSQL");
        }
        return rc == 0 ? 0 : rc;
    }

    private void preflight() throws IOException {
        if (!Files.isRegularFile(realmFile)) {
            throw new IllegalStateException("Run from the repository root: " + realmFile + " not found");
        }
        DemoRealm.load(projectDir); // the demo users and overlay are there and merge
        if (!options.noService && !Files.isRegularFile(serviceJar)) {
            throw new IllegalStateException(serviceJar + " not found. Build first: ./mvnw -B package -DskipTests "
                    + "(./run.sh does it)");
        }
        if (!Files.exists(localDir.resolve("pgdata/postmaster.pid"))) { // else: a leftover postmaster, stopped at start
            checkPortFree(options.pgPort, "PostgreSQL", "--pg-port");
        }
        // leftovers of a run that was killed (kill -9) are stopped in the usual order: service, Keycloak
        KeycloakServer.stopLeftover(localDir.resolve("service.pid"), serviceJar.toString(), "The service");
        Path kcHome = localDir.resolve("keycloak/keycloak-" + KeycloakServer.VERSION);
        KeycloakServer.stopLeftover(localDir.resolve("keycloak/keycloak.pid"), kcHome.toString(), "Keycloak");
        checkPortFree(options.kcPort, "Keycloak", "--kc-port");
        if (!options.noService) {
            checkPortFree(SERVICE_PORT, "the service", null);
        }
        checkPortFree(MailServer.SMTP_PORT, "the mail server (SMTP)", null);
        checkPortFree(MailServer.API_PORT, "the mail server's web API", null);
    }

    private static void checkPortFree(int port, String what, String option) {
        if (KeycloakServer.isListening(port)) {
            throw new IllegalStateException("Port " + port + " for " + what + " is already in use (an earlier run still "
                    + "alive? check: ss -ltnp | grep :" + port + ")" + (option == null ? "" : "; or choose another with " + option));
        }
    }

    private Process startService() throws IOException {
        Path pidFile = localDir.resolve("service.pid");
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            cmd.add("/usr/bin/setsid"); // Ctrl-C reaches only this launcher, which stops the service first
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-jar");
        cmd.add(serviceJar.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(projectDir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        Map<String, String> env = pb.environment();
        env.putAll(serviceEnvironment());
        log("starting the service: " + String.join(" ", cmd.subList(cmd.size() - 3, cmd.size()))
                + " with QUARKUS_PROFILE=local");
        Process p = pb.start();
        p.getOutputStream().close();
        Files.writeString(pidFile, p.pid() + "\n");
        if (shuttingDown.get()) { // Ctrl-C while we were starting it
            KeycloakServer.stopProcessTree(p.toHandle(), Duration.ofSeconds(30));
        }
        return p;
    }

    private Map<String, String> serviceEnvironment() {
        return Map.of(
                "QUARKUS_PROFILE", "local",
                "DB_URL", postgres.jdbcUrl(),
                "DB_USER", postgres.user(),
                "DB_PASSWORD", postgres.password(),
                "OIDC_URL", keycloak.realmUrl(),
                "SMTP_HOST", "localhost",
                "SMTP_PORT", String.valueOf(MailServer.SMTP_PORT));
    }

    private void awaitServiceReady() {
        HttpReady.await200(URI.create("http://localhost:" + SERVICE_PORT + "/q/health/ready"), Duration.ofSeconds(180),
                service, "the service", () -> " (its log is above)");
    }

    /** Shutdown hook: service, Keycloak, PostgreSQL - in that order. */
    private void shutdown() {
        if (!shuttingDown.compareAndSet(false, true)) {
            return;
        }
        System.out.println();
        Process s = service;
        if (s != null && s.isAlive()) {
            log("stopping the service");
            KeycloakServer.stopProcessTree(s.toHandle(), Duration.ofSeconds(30));
        }
        try {
            Files.deleteIfExists(localDir.resolve("service.pid"));
        } catch (IOException ignored) {
            // the next run checks the pid before using it
        }
        KeycloakServer kc = keycloak;
        if (kc != null) {
            kc.stop();
        }
        EmbeddedPostgresServer pg = postgres;
        if (pg != null) {
            log("stopping PostgreSQL");
            pg.stop();
        }
        log("stopped; data kept in " + localDir + " for the next run");
    }

    // ---- realm re-import hint ---------------------------------------------------------------------

    private void warnIfRealmChanged(Path kcBase, boolean reimport) throws IOException {
        Path marker = kcBase.resolve("imported-realm.sha256");
        Path h2 = kcBase.resolve("keycloak-" + KeycloakServer.VERSION).resolve("data/h2");
        if (reimport || !Files.isDirectory(h2)) {
            return; // the realm will be imported now
        }
        String imported = Files.isRegularFile(marker) ? Files.readString(marker).trim() : "";
        if (!imported.equals(sha256(importedRealm()))) {
            System.out.println("[devstack] NOTE: keycloak/itpm-realm.json or keycloak/demo/ changed since Keycloak "
                    + "imported them. Keycloak keeps its data and does not re-import; run with --reset-keycloak to load them "
                    + "(users and changes made in the admin console are then lost).");
        }
    }

    private void recordImportedRealm(Path kcBase, boolean reimport) throws IOException {
        Path marker = kcBase.resolve("imported-realm.sha256");
        if (reimport || !Files.exists(marker)) {
            Files.writeString(marker, sha256(importedRealm()) + "\n");
        }
    }

    /** What KeycloakServer writes into Keycloak's import directory: the realm merged with keycloak/demo/. */
    private byte[] importedRealm() throws IOException {
        return DemoRealm.toBytes(DemoRealm.load(projectDir));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- banner -------------------------------------------------------------------------------------

    private void printBanner(boolean withService) throws IOException {
        JsonNode realm = DemoRealm.load(projectDir);
        String kc = keycloak.url();
        StringBuilder b = new StringBuilder();
        String line = "=".repeat(100);
        b.append('\n').append(line).append('\n');
        b.append(" egov-itpm local run is ready").append(withService ? "" : " (PostgreSQL and Keycloak only)").append('\n');
        b.append(line).append('\n');
        if (withService) {
            b.append(" GraphQL UI              http://localhost:").append(SERVICE_PORT).append("/q/graphql-ui\n");
            b.append(" Swagger UI              http://localhost:").append(SERVICE_PORT).append("/q/swagger-ui\n");
        }
        b.append(" Keycloak admin console  ").append(kc).append("/admin/   (master realm: ")
                .append(ADMIN_USER).append(" / ").append(ADMIN_PASSWORD).append(")\n");
        b.append(" Realm itpm (OIDC)       ").append(keycloak.realmUrl()).append('\n');
        b.append(" PostgreSQL              ").append(postgres.jdbcUrl()).append("  (")
                .append(postgres.user()).append(" / ").append(postgres.password()).append(")\n");
        b.append(" Mail (GreenMail)        ").append(MailServer.uiUrl()).append("  SMTP localhost:")
                .append(MailServer.SMTP_PORT).append(", IMAP localhost:").append(MailServer.IMAP_PORT)
                .append(" (login = address, any password)\n");
        b.append("   a demo user's inbox:  ").append(MailServer.inboxUrl("qufu-staff@demo.itpm.local"))
                .append("   (reminders and digests: working days from 08:00 Asia/Shanghai)\n");
        if (!withService) {
            b.append("\n Start the service yourself with:\n   ");
            serviceEnvironment().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> b.append(e.getKey()).append('=').append(e.getValue()).append(' '));
            b.append("java -jar target/quarkus-app/quarkus-run.jar\n");
        }

        b.append("\n Demo users (realm itpm, password: demo)\n");
        b.append(String.format("   %-18s %-20s %-20s %-7s %s%n", "username", "roles", "org_code", "region", "name"));
        for (JsonNode u : realm.path("users")) {
            if (u.has("serviceAccountClientId")) {
                continue;
            }
            b.append(String.format("   %-18s %-20s %-20s %-7s %s%n",
                    u.path("username").asText(),
                    roles(u),
                    attribute(u, "org_code"),
                    attribute(u, "region_code"),
                    u.path("lastName").asText("") + u.path("firstName").asText("")));
        }

        b.append("\n Platform clients (client credentials, demo secret: <client-id>-secret from keycloak/demo/)\n");
        for (JsonNode u : realm.path("users")) {
            String client = u.path("serviceAccountClientId").asText("");
            if (client.startsWith("platform-")) {
                b.append(String.format("   %-22s %-10s region_code %s%n", client, roles(u), attribute(u, "region_code")));
            }
        }

        String tokenUrl = keycloak.realmUrl() + "/protocol/openid-connect/token";
        b.append("\n Try it (token for qufu-staff, then a GraphQL query").append(withService ? "" : " once the service runs")
                .append("):\n");
        b.append("   TOKEN=$(curl -s ").append(tokenUrl)
                .append(" -d grant_type=password -d client_id=itpm-frontend -d username=qufu-staff -d password=demo")
                .append(" | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')\n");
        b.append("   curl -s http://localhost:").append(SERVICE_PORT).append("/graphql")
                .append(" -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json'")
                .append(" -d '{\"query\":\"{ projects(first: 5) { edges { node { name } } } }\"}'\n");
        b.append("\n Platform token: curl -s ").append(tokenUrl)
                .append(" -d grant_type=client_credentials -d client_id=platform-jiangxi -d client_secret=platform-jiangxi-secret\n");
        b.append(line).append('\n');
        b.append(withService ? " Ctrl-C stops the service, Keycloak and PostgreSQL." : " Ctrl-C stops Keycloak and PostgreSQL.")
                .append(" Keycloak log: ").append(keycloak.logFile()).append('\n');
        b.append(line).append('\n');
        System.out.println(b);
    }

    private static String roles(JsonNode user) {
        List<String> roles = new ArrayList<>();
        user.path("realmRoles").forEach(r -> {
            if (!r.asText().startsWith("default-roles-")) {
                roles.add(r.asText());
            }
        });
        return String.join(",", roles);
    }

    private static String attribute(JsonNode user, String name) {
        JsonNode v = user.path("attributes").path(name);
        return v.isArray() && !v.isEmpty() ? v.get(0).asText() : "-";
    }

    private static void log(String message) {
        System.out.println("[devstack] " + message);
    }

    // ---- options ------------------------------------------------------------------------------------

    static final class Options {
        static final String USAGE = """
                Usage: ./run.sh [options]
                  --reset-keycloak   delete Keycloak's data so keycloak/itpm-realm.json + demo/ are imported again
                  --reset-db         delete the PostgreSQL data directory (.local/pgdata)
                  --no-service       start only PostgreSQL and Keycloak
                  --pg-port N        PostgreSQL port (default 5433)
                  --kc-port N        Keycloak port (default 8180)
                  --help             this text
                The service listens on 8080 (its own configuration).""";

        boolean resetKeycloak;
        boolean resetDb;
        boolean noService;
        boolean help;
        int pgPort = 5433;
        int kcPort = 8180;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--reset-keycloak" -> o.resetKeycloak = true;
                    case "--reset-db" -> o.resetDb = true;
                    case "--no-service" -> o.noService = true;
                    case "--pg-port" -> o.pgPort = port(args, ++i);
                    case "--kc-port" -> o.kcPort = port(args, ++i);
                    case "-h", "--help" -> o.help = true;
                    default -> throw new IllegalArgumentException("Unknown option: " + args[i]);
                }
            }
            return o;
        }

        private static int port(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException(args[i - 1] + " needs a port number");
            }
            try {
                int p = Integer.parseInt(args[i]);
                if (p < 1 || p > 65535) {
                    throw new NumberFormatException();
                }
                return p;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a port: " + args[i]);
            }
        }
    }
}
