package org.egov.itpm.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak 26.7.3 as a child process, without Docker.
 *
 * <p>The distribution is the Maven artifact {@code org.keycloak:keycloak-quarkus-dist:26.7.3:zip}: taken from
 * the local Maven repository, or fetched once with {@code ./mvnw dependency:copy}. It is unzipped into
 * {@code baseDir} (reused when already there), {@code keycloak/itpm-realm.json} merged with the demo users and
 * secrets of {@code keycloak/demo/} ({@link DemoRealm}; {@link Builder#withoutDemo()}: the bare production realm)
 * is written to {@code data/import/}, and {@code kc.sh start-dev --import-realm} is started with its output in
 * {@code baseDir/keycloak.log}.
 *
 * <p>Keycloak imports a realm only when it does not exist yet. {@link Builder#freshData(boolean)} replaces the
 * H2 database by one holding exactly that realm, so the files in the repository always win (tests,
 * {@code --reset-keycloak}). That database is built once per realm content with {@code kc.sh import} and
 * copied for later fresh starts ({@code baseDir/h2-snapshots/}).
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String VERSION = "26.7.3";
    public static final String REALM = "itpm";
    public static final String ARTIFACT = "org.keycloak:keycloak-quarkus-dist:" + VERSION + ":zip";
    private static final String ZIP_NAME = "keycloak-quarkus-dist-" + VERSION + ".zip";

    private final Builder config;
    private final Path home;
    private final Path logFile;
    private final Path pidFile;
    private volatile Process process;
    private volatile boolean stopped;

    private KeycloakServer(Builder config) {
        this.config = config;
        this.home = config.baseDir.resolve("keycloak-" + VERSION);
        this.logFile = config.baseDir.resolve("keycloak.log");
        this.pidFile = config.baseDir.resolve("keycloak.pid");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A TCP port that was free a moment ago. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://localhost:<port>}: the hostname Keycloak puts in the token issuer. */
    public String url() {
        return "http://localhost:" + config.port;
    }

    /** {@code http://localhost:<port>/realms/itpm}: the OIDC issuer / auth-server-url of the service. */
    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    public String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    public int port() {
        return config.port;
    }

    public Path logFile() {
        return logFile;
    }

    public Path home() {
        return home;
    }

    private KeycloakServer start() throws IOException, InterruptedException {
        Files.createDirectories(config.baseDir);
        stopLeftover(pidFile, home.toString(), "Keycloak");
        if (isListening(config.port)) {
            throw new IllegalStateException("Port " + config.port + " is already in use. Is a Keycloak from an earlier "
                    + "run still alive? (ss -ltnp | grep " + config.port + ")");
        }
        installIfMissing();
        prepareData();

        List<String> command = new ArrayList<>();
        if (config.detachFromTerminal && Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            // own session: Ctrl-C on the launcher reaches only the launcher, which then stops us in order
            command.add("/usr/bin/setsid");
        }
        command.add(home.resolve("bin/kc.sh").toString());
        command.addAll(List.of("start-dev",
                "--http-port", Integer.toString(config.port),
                "--hostname", url(),
                "--import-realm"));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
        configureEnvironment(pb.environment());
        log("starting Keycloak " + VERSION + " on " + url() + " (log: " + logFile + ")");
        Instant started = Instant.now();
        process = pb.start();
        process.getOutputStream().close();
        Files.writeString(pidFile, process.pid() + "\n");
        if (config.shutdownHook) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "keycloak-stop"));
        }
        try {
            awaitReady();
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        // kc.sh and the JVM it forked: both, so that a leftover JVM is found even if kc.sh was killed
        StringBuilder pids = new StringBuilder().append(process.pid()).append('\n');
        process.descendants().forEach(d -> pids.append(d.pid()).append('\n'));
        Files.writeString(pidFile, pids);
        log("Keycloak ready in " + Duration.between(started, Instant.now()).toSeconds() + " s: " + realmUrl());
        return this;
    }

    private void installIfMissing() throws IOException, InterruptedException {
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return;
        }
        Path zip = locateDistribution();
        log("unzipping " + zip + " into " + config.baseDir);
        Path staging = config.baseDir.resolve(".unzip-" + VERSION);
        deleteRecursively(staging);
        unzip(zip, staging);
        Path unpacked = staging.resolve("keycloak-" + VERSION);
        if (!Files.isRegularFile(unpacked.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Unexpected layout of " + zip + ": no keycloak-" + VERSION + "/bin/kc.sh");
        }
        try (Stream<Path> scripts = Files.list(unpacked.resolve("bin"))) {
            scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true));
        }
        deleteRecursively(home);
        Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
        deleteRecursively(staging);
        Path downloaded = config.baseDir.resolve("download");
        deleteRecursively(downloaded); // the local Maven repository keeps its own copy
    }

    private Path locateDistribution() throws IOException, InterruptedException {
        Path inRepo = localMavenRepository().resolve("org/keycloak/keycloak-quarkus-dist/" + VERSION + "/" + ZIP_NAME);
        if (Files.isRegularFile(inRepo)) {
            return inRepo;
        }
        Path downloadDir = config.baseDir.resolve("download");
        Files.createDirectories(downloadDir);
        List<String> cmd = new ArrayList<>();
        Path mvnw = config.projectDir.resolve("mvnw");
        cmd.add(Files.isExecutable(mvnw) ? mvnw.toString() : "mvn");
        cmd.addAll(List.of("-q", "-B", "dependency:copy", "-Dartifact=" + ARTIFACT,
                "-DoutputDirectory=" + downloadDir));
        String repoLocal = System.getProperty("maven.repo.local");
        if (repoLocal != null) {
            cmd.add("-Dmaven.repo.local=" + repoLocal);
        }
        log("Keycloak distribution not in " + inRepo.getParent() + "; fetching " + ARTIFACT + " (~170 MiB, once)");
        Process p = new ProcessBuilder(cmd).directory(config.projectDir.toFile()).inheritIO().start();
        int rc = p.waitFor();
        Path zip = downloadDir.resolve(ZIP_NAME);
        if (rc != 0 || !Files.isRegularFile(zip)) {
            throw new IllegalStateException("Could not fetch " + ARTIFACT + " (" + String.join(" ", cmd) + " exited "
                    + rc + "). Check Maven repository access, or put " + ZIP_NAME + " into " + inRepo.getParent());
        }
        return zip;
    }

    static Path localMavenRepository() {
        String repoLocal = System.getProperty("maven.repo.local");
        if (repoLocal != null && !repoLocal.isBlank()) {
            return Path.of(repoLocal);
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        Files.createDirectories(root);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path out = root.resolve(e.getName()).normalize();
                if (!out.startsWith(root)) {
                    throw new IOException("Zip entry outside target: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private void prepareData() throws IOException, InterruptedException {
        Path importDir = home.resolve("data/import");
        Files.createDirectories(importDir);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(importDir, "*.json")) {
            for (Path p : old) {
                Files.delete(p);
            }
        }
        byte[] realm = realmToImport();
        Path imported = importDir.resolve("itpm-realm.json");
        Files.write(imported, realm);
        if (!config.freshData) {
            return; // Keycloak imports the realm only if its database does not hold it yet
        }
        Path h2 = home.resolve("data/h2");
        deleteRecursively(h2);
        if (!config.snapshots) {
            log("fresh Keycloak data: the realm is imported at start");
            return;
        }
        // A fresh database costs ~35 s on 2 cores (schema, master realm, realm import with password hashing).
        // Import once per realm-file content with "kc.sh import", keep a copy, and start from the copy.
        Path snapshots = config.baseDir.resolve("h2-snapshots");
        Path snapshot = snapshots.resolve(sha256(realm, String.valueOf(config.adminUser)));
        if (!Files.isDirectory(snapshot)) {
            importOffline(imported);
            deleteRecursively(snapshots); // older realm versions
            Path tmp = snapshots.resolve(".tmp");
            copyTree(h2, tmp);
            Files.move(tmp, snapshot, StandardCopyOption.ATOMIC_MOVE);
            deleteRecursively(h2);
        } else {
            log("fresh Keycloak data from the snapshot of this realm file (" + snapshot.getFileName() + ")");
        }
        copyTree(snapshot, h2);
    }

    /** The realm file merged with the demo users and overlay ({@link DemoRealm}), or the bare realm file. */
    private byte[] realmToImport() throws IOException {
        Path realmFile = config.projectDir.resolve(config.realmFile);
        if (config.demoDir == null) {
            DemoRealm.read(realmFile); // exists and is JSON
            return Files.readAllBytes(realmFile);
        }
        Path demo = config.projectDir.resolve(config.demoDir);
        return DemoRealm.toBytes(DemoRealm.merge(DemoRealm.read(realmFile), DemoRealm.read(demo.resolve(DemoRealm.USERS_FILE)),
                DemoRealm.read(demo.resolve(DemoRealm.OVERLAY_FILE))));
    }

    private void importOffline(Path realmJson) throws IOException, InterruptedException {
        Path importLog = config.baseDir.resolve("keycloak-import.log");
        log("importing the realm into a fresh Keycloak database (once per realm file; log: " + importLog + ")");
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "import",
                "--file", realmJson.toString(), "--db", "dev-file");
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(importLog.toFile()));
        configureEnvironment(pb.environment());
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(config.startTimeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            stopProcessTree(p.toHandle(), Duration.ofSeconds(10));
            throw new IllegalStateException("kc.sh import did not finish within " + config.startTimeout.toSeconds()
                    + " s. Log: " + importLog + "\n" + tail(importLog, 25));
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("kc.sh import failed (exit " + p.exitValue() + "). Log: " + importLog
                    + "\n" + tail(importLog, 25));
        }
    }

    private void configureEnvironment(Map<String, String> env) {
        // deterministic: no KC_* / JAVA_OPTS from the caller's shell (JAVA_OPTS would drop the heap limit)
        env.keySet().removeIf(k -> k.startsWith("KC_") || k.equals("JAVA_OPTS"));
        env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("JAVA_OPTS_KC_HEAP", config.heap);
        if (config.adminUser != null) {
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", config.adminUser);
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", config.adminPassword);
        }
    }

    private static String sha256(byte[] content, String extra) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            md.update(content);
            md.update(extra.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        deleteRecursively(to);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private void awaitReady() {
        HttpReady.await200(URI.create(realmUrl() + "/.well-known/openid-configuration"), config.startTimeout, process,
                "Keycloak", () -> ". Log: " + logFile + "\n" + tail(logFile, 25));
    }

    /** Stops Keycloak and every process it started (SIGTERM, then SIGKILL after 30 s). Idempotent. */
    public synchronized void stop() {
        Process p = process;
        if (stopped || p == null) {
            return;
        }
        stopped = true;
        log("stopping Keycloak on " + url());
        stopProcessTree(p.toHandle(), Duration.ofSeconds(30));
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // harmless: the next start checks the pids before using them
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** SIGTERM to the process and its descendants, SIGKILL to whatever is left after {@code grace}. */
    static void stopProcessTree(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(0, root);
        tree.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(grace);
        for (ProcessHandle h : tree) {
            try {
                long left = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
                h.onExit().get(left, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception timeoutOrInterrupt) {
                // forced below
            }
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * Stops a process tree left running by an earlier run that was killed (its launcher could not stop it),
     * identified by a pid file and a marker in its command line.
     */
    static void stopLeftover(Path pidFile, String commandLineMarker, String what) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        for (String line : Files.readAllLines(pidFile)) {
            long pid;
            try {
                pid = Long.parseLong(line.trim());
            } catch (NumberFormatException ignored) {
                continue;
            }
            ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().commandLine().map(c -> c.contains(commandLineMarker)).orElse(false))
                    .ifPresent(h -> {
                        log(what + " from an earlier run is still running (pid " + pid + "); stopping it");
                        stopProcessTree(h, Duration.ofSeconds(30));
                    });
        }
        Files.deleteIfExists(pidFile);
    }

    static boolean isListening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void log(String message) {
        System.out.println("[devstack] " + message);
    }

    public static final class Builder {
        private Path baseDir = Path.of("target", "keycloak");
        private Path realmFile = DemoRealm.REALM_FILE;
        private Path demoDir = DemoRealm.DEMO_DIR;
        private Path projectDir = Path.of("").toAbsolutePath();
        private int port = 8180;
        private boolean freshData;
        private boolean snapshots = true;
        private boolean shutdownHook = true;
        private boolean detachFromTerminal;
        private String heap = "-Xms64m -Xmx512m";
        private String adminUser;
        private String adminPassword;
        private Duration startTimeout = Duration.ofSeconds(180);

        private Builder() {
        }

        /**
         * Where the distribution is unzipped and the log written: {@code target/keycloak} (default),
         * {@code .local/keycloak}. Relative paths are resolved against {@link #projectDir(Path)}.
         */
        public Builder baseDir(Path baseDir) {
            this.baseDir = baseDir;
            return this;
        }

        /** The realm to import; relative paths are resolved against {@link #projectDir(Path)}. */
        public Builder realmFile(Path realmFile) {
            this.realmFile = realmFile;
            return this;
        }

        /**
         * Directory of the demo users and overlay merged into the realm ({@link DemoRealm}); default
         * {@code keycloak/demo}. Relative to {@link #projectDir(Path)}.
         */
        public Builder demoDir(Path demoDir) {
            this.demoDir = demoDir;
            return this;
        }

        /** Import the realm file as it is, as production does: no demo users, no demo secrets, strict policies. */
        public Builder withoutDemo() {
            this.demoDir = null;
            return this;
        }

        /** Directory holding {@code mvnw}, used to fetch the distribution when it is not in the local repository. */
        public Builder projectDir(Path projectDir) {
            this.projectDir = projectDir.toAbsolutePath();
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * Start from a database holding exactly the realm file (Keycloak's data deleted), instead of the data of
         * the previous run. Keycloak itself imports a realm only when it does not exist yet.
         */
        public Builder freshData(boolean freshData) {
            this.freshData = freshData;
            return this;
        }

        /**
         * With {@link #freshData(boolean)}: import the realm once per realm-file content with {@code kc.sh import}
         * and start later fresh runs from a copy of that database (default true; saves ~30 s per start).
         */
        public Builder snapshots(boolean snapshots) {
            this.snapshots = snapshots;
            return this;
        }

        /** Stop Keycloak on JVM exit (default true). The local run orders its own shutdown instead. */
        public Builder shutdownHook(boolean shutdownHook) {
            this.shutdownHook = shutdownHook;
            return this;
        }

        /** Start Keycloak in its own session ({@code setsid}) so that Ctrl-C does not reach it directly. */
        public Builder detachFromTerminal(boolean detach) {
            this.detachFromTerminal = detach;
            return this;
        }

        /** {@code JAVA_OPTS_KC_HEAP}; default {@code -Xms64m -Xmx512m}. */
        public Builder heap(String heap) {
            this.heap = heap;
            return this;
        }

        /** Temporary admin of the master realm, created when Keycloak's database is new. */
        public Builder bootstrapAdmin(String user, String password) {
            this.adminUser = user;
            this.adminPassword = password;
            return this;
        }

        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = startTimeout;
            return this;
        }

        /** Installs if needed, starts, and waits until the realm's OIDC discovery document answers. */
        public KeycloakServer start() throws IOException, InterruptedException {
            if (adminUser != null && adminPassword == null) {
                throw new IllegalArgumentException("bootstrap admin password missing");
            }
            baseDir = projectDir.resolve(baseDir).normalize(); // relative paths are relative to the project
            return new KeycloakServer(this).start();
        }
    }

    /** For the exception messages of callers that want to show the log. */
    public String logTail(int lines) {
        return tail(logFile, lines);
    }
}
