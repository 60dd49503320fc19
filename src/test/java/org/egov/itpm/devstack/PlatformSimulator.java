package org.egov.itpm.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A provincial platform, for tests and by hand: pulls changed projects, pushes a 项目代码 and an approval result,
 * and receives webhooks on a JDK HttpServer, verifying X-Itpm-Signature and de-duplicating by X-Itpm-Event-Id.
 * It can play a receiver that is down (HTTP 500) until told to recover.
 *
 * <p>By hand, against the local run ({@code ./run.sh}):
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/devstack.classpath) \
 *   org.egov.itpm.devstack.PlatformSimulator http://localhost:8080 http://localhost:8180/realms/itpm \
 *   platform-shandong platform-shandong-secret
 * </pre>
 * See docs/platform-exchange.md.
 */
public final class PlatformSimulator implements AutoCloseable {

    /** One webhook as received (first arrival of each event id). */
    public record Received(String eventId, String type, String projectId, long seq, JsonNode payload) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String serviceUrl;
    private final Supplier<String> token;
    private final String secret;
    private final HttpServer server;
    private final Map<String, Received> events = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<String> arrivals = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private final Map<String, String> traceparents = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean down;
    private volatile long delayMillis;

    private PlatformSimulator(String serviceUrl, Supplier<String> token, String secret) throws IOException {
        this.serviceUrl = serviceUrl.replaceAll("/$", "");
        this.token = token;
        this.secret = secret;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", this::receive);
        server.start();
    }

    /** Starts the webhook receiver on a free local port. */
    public static PlatformSimulator start(String serviceUrl, Supplier<String> token, String secret) throws IOException {
        return new PlatformSimulator(serviceUrl, token, secret);
    }

    public String webhookUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** While down, every webhook gets HTTP 500 (and is not recorded). */
    public void down(boolean down) {
        this.down = down;
    }

    /** Takes this long to answer each webhook, as a busy receiver does. */
    public void slow(java.time.Duration delay) {
        this.delayMillis = delay.toMillis();
    }

    /** Distinct events in order of first arrival. */
    public List<Received> events() {
        synchronized (events) {
            return List.copyOf(events.values());
        }
    }

    /** Event ids in raw arrival order, repeats included (only accepted deliveries). */
    public List<String> arrivals() {
        synchronized (arrivals) {
            return List.copyOf(arrivals);
        }
    }

    /** The W3C traceparent the last delivery of {@code eventId} carried, or null. */
    public String traceparentOf(String eventId) {
        return traceparents.get(eventId);
    }

    public int duplicates() {
        return duplicates.get();
    }

    public int badSignatures() {
        return badSignatures.get();
    }

    /** Pulls every page since {@code since} (null: everything); returns the rows. */
    public List<JsonNode> pullAll(String since, int limit) throws IOException, InterruptedException {
        List<JsonNode> rows = new ArrayList<>();
        String after = null;
        while (true) {
            StringBuilder q = new StringBuilder("?limit=" + limit);
            if (since != null) q.append("&since=").append(URLEncoder.encode(since, StandardCharsets.UTF_8));
            if (after != null) q.append("&after=").append(URLEncoder.encode(after, StandardCharsets.UTF_8));
            HttpResponse<String> r = send("GET", "/api/platform/v1/projects" + q, null, Map.of());
            if (r.statusCode() != 200) {
                throw new IOException("pull failed: " + r.statusCode() + " " + r.body());
            }
            JsonNode page = JSON.readTree(r.body());
            page.get("items").forEach(rows::add);
            after = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            if (!page.get("hasMore").asBoolean()) {
                return rows;
            }
        }
    }

    public HttpResponse<String> pushCode(String localCode, String projectCode) throws IOException, InterruptedException {
        return send("PUT", "/api/platform/v1/projects/" + localCode + "/national-code",
                JSON.writeValueAsString(Map.of("projectCode", projectCode)), Map.of());
    }

    public HttpResponse<String> pushApprovalResult(String itemId, String idempotencyKey, Map<String, Object> body)
            throws IOException, InterruptedException {
        return send("PUT", "/api/platform/v1/approval-results/" + itemId, JSON.writeValueAsString(body),
                idempotencyKey == null ? Map.of() : Map.of("Idempotency-Key", idempotencyKey));
    }

    private HttpResponse<String> send(String method, String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(serviceUrl + path))
                .header("Authorization", "Bearer " + token.get()).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            String signature = exchange.getRequestHeaders().getFirst("X-Itpm-Signature");
            String expected = "sha256=" + hmac(secret, body);
            if (signature == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    signature.getBytes(StandardCharsets.US_ASCII))) {
                badSignatures.incrementAndGet();
                respond(exchange, 401);
                return;
            }
            if (down) {
                respond(exchange, 500);
                return;
            }
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis); // real time on purpose: a slow receiver is what slow(…) simulates
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String eventId = exchange.getRequestHeaders().getFirst("X-Itpm-Event-Id");
            String traceparent = exchange.getRequestHeaders().getFirst("traceparent");
            if (eventId != null && traceparent != null) {
                traceparents.put(eventId, traceparent);
            }
            JsonNode payload = JSON.readTree(body);
            arrivals.add(eventId);
            synchronized (events) {
                if (events.containsKey(eventId)) {
                    duplicates.incrementAndGet();
                } else {
                    events.put(eventId, new Received(eventId, payload.get("type").asText(),
                            payload.get("projectId").asText(), payload.get("seq").asLong(), payload));
                }
            }
            respond(exchange, 204);
        }
    }

    private static void respond(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    static String hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Client-credentials token from Keycloak. */
    static String clientCredentialsToken(String realmUrl, String clientId, String clientSecret)
            throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(realmUrl.replaceAll("/$", "") + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("token request failed: " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body()).get("access_token").asText();
    }

    /**
     * args: service URL, Keycloak realm URL, client id, client secret, [localCode to push a code and an approval
     * result for, 项目代码]. Pulls everything, optionally pushes, then listens for webhooks until Ctrl-C (register
     * the printed URL as an admin: POST /api/platform/v1/subscriptions).
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: PlatformSimulator <service-url> <realm-url> <client-id> <client-secret>"
                    + " [<localCode> <projectCode>]");
            System.exit(2);
        }
        Supplier<String> token = () -> {
            try {
                return clientCredentialsToken(args[1], args[2], args[3]);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        String secret = System.getenv().getOrDefault("WEBHOOK_SECRET", "simulator-webhook-secret");
        try (PlatformSimulator sim = start(args[0], token, secret)) {
            List<JsonNode> rows = sim.pullAll(null, 100);
            System.out.println("pulled " + rows.size() + " projects");
            rows.stream().limit(20).forEach(r -> System.out.println("  " + r.get("localCode").asText() + " "
                    + r.get("stage").asText() + " " + r.get("PROJECT_NAME").asText()));
            if (args.length >= 6) {
                HttpResponse<String> code = sim.pushCode(args[4], args[5]);
                System.out.println("push 项目代码: " + code.statusCode() + " " + code.body());
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("APPROVAL_ITEMID", "SIM-" + args[4]);
                item.put("PROJECT_CODE", args[5]);
                item.put("ITEM_CODE", "PROJECT_APPROVAL");
                item.put("CURRENT_STATE", "APPROVED");
                item.put("DEAL_TIME", java.time.OffsetDateTime.now().minusMinutes(1).toString());
                item.put("DEPT_CODE", "11370000MB0012345W");
                item.put("DEPT_NAME", "省发展和改革委员会");
                item.put("DIVISION_CODE", args[5].substring(5, 11));
                item.put("APPROVAL_NUM", "模拟〔" + java.time.Year.now() + "〕1号");
                HttpResponse<String> result = sim.pushApprovalResult("SIM-" + args[4], "sim-" + args[4], item);
                System.out.println("push approval result: " + result.statusCode() + " " + result.body());
            }
            System.out.println("webhook receiver: " + sim.webhookUrl() + " (secret from WEBHOOK_SECRET, default "
                    + "simulator-webhook-secret); Ctrl-C to stop");
            int seen = 0;
            while (true) {
                Thread.sleep(1000); // real time on purpose: a console's refresh period until Ctrl-C, not a wait
                List<Received> got = sim.events();
                for (int i = seen; i < got.size(); i++) {
                    Received e = got.get(i);
                    System.out.println("webhook " + e.type() + " project " + e.projectId() + " seq " + e.seq());
                }
                seen = got.size();
            }
        }
    }
}
