package org.egov.itpm.replicas;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.egov.itpm.testsupport.PostgresResource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * A second instance of the service in a JVM of its own, on this JVM's database: the test classpath, booted by the
 * JUnit launcher running {@link ReplicaHost} (a @QuarkusTest, so the real application with the test profile).
 * Two JVMs on one database are what two replicas behind a load balancer are.
 */
public final class SecondReplica implements AutoCloseable {

    private final Process process;
    private final Writer stdin;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private final int port;

    private SecondReplica(String jdbcUrl) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Xmx512m",
                "-D" + PostgresResource.SHARED_URL + "=" + jdbcUrl,
                "-Dreplica-test.host=true",
                // Quarkus loads @QuarkusTest classes through its JUnit launcher interceptor.
                "-Djunit.platform.launcher.interceptors.enabled=true",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager"));
        for (String p : List.of("maven.home", "maven.repo.local", "user.home")) {
            if (System.getProperty(p) != null) {
                cmd.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        cmd.add(SecondReplica.class.getName());
        process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::read, "second-replica-output");
        reader.setDaemon(true);
        reader.start();
        String ready = reply(Duration.ofMinutes(4));
        if (!ready.startsWith("READY ")) {
            throw new IllegalStateException("second replica did not start: " + ready + "\n" + tail());
        }
        port = Integer.parseInt(ready.substring(6).trim());
    }

    /** Starts the second replica on {@code jdbcUrl} and waits until it serves. */
    public static SecondReplica start(String jdbcUrl) throws IOException, InterruptedException {
        return new SecondReplica(jdbcUrl);
    }

    public int port() {
        return port;
    }

    /** Sends one command to the replica and returns its reply. */
    public String command(String line, Duration timeout) throws IOException, InterruptedException {
        stdin.write(line + "\n");
        stdin.flush();
        return reply(timeout);
    }

    /** The replica's log lines so far. */
    public List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            stdin.close();
        } catch (IOException ignored) {
            // already gone
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private String reply(Duration timeout) throws InterruptedException {
        String r = replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (r == null) {
            throw new IllegalStateException("no reply from the second replica within " + timeout + "\n" + tail());
        }
        return r;
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                output.add(line);
                if (line.startsWith(ReplicaHost.REPLY)) {
                    replies.add(line.substring(ReplicaHost.REPLY.length()));
                }
            }
        } catch (IOException e) {
            output.add("(output closed: " + e.getMessage() + ")");
        }
        replies.add("EXITED");
    }

    private String tail() {
        List<String> all = output();
        return String.join("\n", all.subList(Math.max(0, all.size() - 60), all.size()));
    }

    /** The second JVM's entry point: runs {@link ReplicaHost} with the JUnit launcher. */
    public static void main(String[] args) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                // by name: loading the class here would load it outside Quarkus' class loader
                .selectors(DiscoverySelectors.selectClass("org.egov.itpm.replicas.ReplicaHost")).build();
        Launcher launcher = LauncherFactory.create();
        var summary = new org.junit.platform.launcher.listeners.SummaryGeneratingListener();
        launcher.execute(request, summary);
        summary.getSummary().printFailuresTo(new java.io.PrintWriter(System.out, true), 30);
        System.exit(summary.getSummary().getTotalFailureCount() == 0 ? 0 : 1);
    }
}
