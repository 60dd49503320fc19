package org.egov.itpm.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.egov.itpm.deploy.Deploy.APP;
import static org.egov.itpm.deploy.Deploy.appContainer;
import static org.egov.itpm.deploy.Deploy.appDeployment;
import static org.egov.itpm.deploy.Deploy.get;
import static org.egov.itpm.deploy.Deploy.ofKind;
import static org.egov.itpm.deploy.Deploy.render;
import static org.egov.itpm.deploy.Deploy.selects;

/**
 * Renders every overlay (kubectl kustomize when available, else {@link KustomizeRenderer}) and checks the
 * objects an operator would apply.
 */
class OverlayRenderTest {

    private static final Pattern DNS_1123 = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    /** Keys of the Secret CloudNativePG generates for a cluster's application owner ({@code <cluster>-app}). */
    private static final Set<String> CNPG_APP_SECRET_KEYS =
            Set.of("username", "user", "password", "host", "port", "dbname", "uri", "jdbc-uri", "pgpass");
    /** Secrets the operator creates by hand (docs/deploy.md) and the keys the manifests read from them. */
    private static final Map<String, Set<String>> OPERATOR_SECRETS =
            Map.of("egov-itpm-secrets", Set.of("DIRECTORY_CLIENT_SECRET", "ITPM_SECRETS_KEY",
                    "ITPM_SECRETS_PREVIOUS_KEYS"));

    @Test
    void overlaysExistAndRendererIsReported() {
        for (String o : Deploy.OVERLAYS) {
            assertThat(Deploy.overlay(o).resolve("kustomization.yaml")).isRegularFile();
        }
        System.out.println("[deploy tests] rendering with " + Deploy.renderer());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void rendersWellFormedObjectsInTheOverlayNamespace(String overlay) throws IOException {
        List<ObjectNode> objects = render(overlay);
        String namespace = KustomizeRenderer.YAML.readTree(Deploy.overlay(overlay).resolve("kustomization.yaml").toFile())
                .path("namespace").asText();
        assertThat(namespace).as("overlay %s sets a namespace", overlay).isNotBlank();
        assertThat(objects).hasSizeGreaterThanOrEqualTo(10);
        for (ObjectNode o : objects) {
            String id = KustomizeRenderer.id(o);
            assertThat(o.path("apiVersion").asText()).as(id).isNotBlank();
            assertThat(o.path("kind").asText()).as(id).isNotBlank();
            String name = o.path("metadata").path("name").asText();
            assertThat(name).as("name of %s", id).matches(DNS_1123).hasSizeLessThanOrEqualTo(63);
            assertThat(o.path("metadata").path("namespace").asText()).as("namespace of %s", id).isEqualTo(namespace);
        }
        for (String kind : List.of("ServiceAccount", "ConfigMap", "Deployment", "Service", "HorizontalPodAutoscaler",
                "PodDisruptionBudget", "Ingress", "NetworkPolicy", "ServiceMonitor", "Cluster", "ScheduledBackup", "Keycloak")) {
            assertThat(ofKind(objects, kind)).as("%s renders a %s", overlay, kind).isNotEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyWorkloadHasProbesResourcesAndARestrictedSecurityContext(String overlay) {
        List<ObjectNode> objects = render(overlay);
        List<ObjectNode> workloads = new ArrayList<>(ofKind(objects, "Deployment"));
        workloads.addAll(ofKind(objects, "StatefulSet"));
        assertThat(workloads).isNotEmpty();
        for (ObjectNode w : workloads) {
            String id = KustomizeRenderer.id(w);
            JsonNode pod = w.path("spec").path("template").path("spec");
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true))
                    .as("%s mounts no service-account token", id).isFalse();
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).as("%s runAsNonRoot", id).isTrue();
            assertThat(pod.path("securityContext").path("runAsUser").asInt(0)).as("%s runAsUser", id).isPositive();
            assertThat(pod.path("securityContext").path("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");
            for (JsonNode c : pod.path("containers")) {
                String cid = id + " container " + c.path("name").asText();
                for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                    assertThat(c.path(probe).path("httpGet").path("path").asText()).as("%s %s", cid, probe).isNotBlank();
                }
                for (String section : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        assertThat(c.path("resources").path(section).path(resource).asText())
                                .as("%s resources.%s.%s", cid, section, resource).isNotBlank();
                    }
                }
                JsonNode sc = c.path("securityContext");
                assertThat(sc.path("readOnlyRootFilesystem").asBoolean()).as("%s readOnlyRootFilesystem", cid).isTrue();
                assertThat(sc.path("allowPrivilegeEscalation").asBoolean(true)).as("%s allowPrivilegeEscalation", cid).isFalse();
                assertThat(sc.path("privileged").asBoolean(false)).as("%s privileged", cid).isFalse();
                assertThat(sc.path("capabilities").path("drop").toString()).as("%s drops ALL capabilities", cid).contains("\"ALL\"");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void serviceProbesUseQuarkusHealthEndpointsAndTmpIsWritable(String overlay) {
        List<ObjectNode> objects = render(overlay);
        JsonNode c = appContainer(objects);
        assertThat(c.path("startupProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/started");
        assertThat(c.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
        assertThat(c.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertThat(portResolves(c, c.path(probe).path("httpGet").path("port")))
                    .as("%s port names a container port", probe).isTrue();
        }
        JsonNode pod = appDeployment(objects).path("spec").path("template").path("spec");
        String tmpVolume = null;
        for (JsonNode m : c.path("volumeMounts")) {
            if ("/tmp".equals(m.path("mountPath").asText())) {
                tmpVolume = m.path("name").asText();
            }
        }
        assertThat(tmpVolume).as("/tmp is mounted").isNotNull();
        boolean emptyDir = false;
        for (JsonNode v : pod.path("volumes")) {
            if (v.path("name").asText().equals(tmpVolume) && v.has("emptyDir")) {
                emptyDir = true;
            }
        }
        assertThat(emptyDir).as("/tmp is an emptyDir").isTrue();
        ObjectNode sa = get(objects, "ServiceAccount", pod.path("serviceAccountName").asText());
        assertThat(sa.path("automountServiceAccountToken").asBoolean(true)).isFalse();
        assertThat(appDeployment(objects).path("spec").has("replicas"))
                .as("the HPA owns the replica count; a spec.replicas would be reset on every apply").isFalse();
    }

    private static boolean portResolves(JsonNode container, JsonNode port) {
        for (JsonNode p : container.path("ports")) {
            if (port.isTextual() ? port.asText().equals(p.path("name").asText()) : port.asInt() == p.path("containerPort").asInt()) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void imagesArePinned(String overlay) {
        List<String> refs = new ArrayList<>();
        for (ObjectNode o : render(overlay)) {
            collectImages(o, KustomizeRenderer.id(o), refs);
        }
        assertThat(refs).as("service, CloudNativePG operands and Keycloak images").hasSizeGreaterThanOrEqualTo(4);
        for (String entry : refs) {
            String ref = entry.substring(entry.indexOf(" = ") + 3);
            String name = KustomizeRenderer.imageName(ref);
            String suffix = ref.substring(name.length());
            assertThat(suffix).as("%s has a tag or digest", entry).isNotEmpty();
            assertThat(suffix).as("%s is not latest", entry).isNotEqualToIgnoringCase(":latest");
            assertThat(suffix).as("%s tag", entry).matches("(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})|(@sha256:[0-9a-f]{64})");
        }
    }

    private static void collectImages(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            for (var it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                if ((e.getKey().equals("image") || e.getKey().equals("imageName")) && e.getValue().isTextual()) {
                    out.add(path + "." + e.getKey() + " = " + e.getValue().asText());
                } else {
                    collectImages(e.getValue(), path + "." + e.getKey(), out);
                }
            }
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode child : node) {
                collectImages(child, path + "[" + i++ + "]", out);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyEnvironmentVariableTheServiceReadsIsProvided(String overlay) throws IOException {
        List<ObjectNode> objects = render(overlay);
        Map<String, String> provided = providedEnv(objects, overlay);
        TreeSet<String> read = Deploy.envVarsReadByService();
        assertThat(read).as("application.properties reads environment variables").contains("DB_URL", "OIDC_URL");
        assertThat(provided.keySet()).as("%s: env of the service container", overlay).containsAll(read);
        for (String var : read) {
            assertThat(provided.get(var)).as("%s: %s", overlay, var).isNotBlank();
        }
        // Database wiring: DB_URL points at the CloudNativePG read-write service, credentials come from its -app secret.
        ObjectNode cluster = get(objects, "Cluster", "itpm-db");
        String database = cluster.path("spec").path("bootstrap").path("initdb").path("database").asText();
        assertThat(provided.get("DB_URL")).isEqualTo("configmap:jdbc:postgresql://itpm-db-rw:5432/" + database);
        assertThat(provided.get("DB_USER")).isEqualTo("secret:itpm-db-app/username");
        assertThat(provided.get("DB_PASSWORD")).isEqualTo("secret:itpm-db-app/password");
        // Keycloak wiring: the operator's service for the Keycloak CR, and the realm the service validates tokens of.
        ObjectNode keycloak = ofKind(objects, "Keycloak").get(0);
        String keycloakUrl = provided.get("KEYCLOAK_URL").substring("configmap:".length());
        assertThat(URI.create(keycloakUrl).getHost()).isEqualTo(keycloak.path("metadata").path("name").asText() + "-service");
        String realm = provided.get("KEYCLOAK_REALM").substring("configmap:".length());
        assertThat(provided.get("OIDC_URL")).isEqualTo("configmap:" + keycloakUrl + "/realms/" + realm);
        assertThat(keycloak.path("spec").path("db").path("host").asText()).isEqualTo("keycloak-db-rw");
        get(objects, "Cluster", "keycloak-db");
        assertThat(keycloak.path("spec").path("db").path("passwordSecret").path("name").asText()).isEqualTo("keycloak-db-app");
    }

    /** Env var name → "configmap:value", "secret:name/key" or "value:..." after resolving every reference. */
    private static Map<String, String> providedEnv(List<ObjectNode> objects, String overlay) throws IOException {
        JsonNode c = appContainer(objects);
        Map<String, String> env = new TreeMap<>();
        for (JsonNode from : c.path("envFrom")) {
            assertThat(from.has("configMapRef")).as("envFrom only from ConfigMaps (secrets are listed one by one)").isTrue();
            assertThat(from.path("configMapRef").path("optional").asBoolean(false)).isFalse();
            ObjectNode cm = get(objects, "ConfigMap", from.path("configMapRef").path("name").asText());
            cm.path("data").fields().forEachRemaining(e -> env.put(e.getKey(), "configmap:" + e.getValue().asText()));
        }
        String deployDoc = Files.readString(Deploy.root().resolve("docs/deploy.md"));
        for (JsonNode e : c.path("env")) {
            String name = e.path("name").asText();
            if (e.has("value")) {
                env.put(name, "value:" + e.path("value").asText());
                continue;
            }
            JsonNode cmRef = e.path("valueFrom").path("configMapKeyRef");
            JsonNode secretRef = e.path("valueFrom").path("secretKeyRef");
            if (!cmRef.isMissingNode()) {
                ObjectNode cm = get(objects, "ConfigMap", cmRef.path("name").asText());
                assertThat(cm.path("data").has(cmRef.path("key").asText())).as("%s: ConfigMap key of %s", overlay, name).isTrue();
                env.put(name, "configmap:" + cm.path("data").path(cmRef.path("key").asText()).asText());
            } else if (!secretRef.isMissingNode()) {
                String secret = secretRef.path("name").asText();
                String key = secretRef.path("key").asText();
                assertThat(secretRef.path("optional").asBoolean(false)).as("%s is not optional", name).isFalse();
                if (Deploy.find(objects, "Secret", secret).isPresent()) {
                    assertThat(get(objects, "Secret", secret).path("data").has(key)
                            || get(objects, "Secret", secret).path("stringData").has(key)).as("%s: %s/%s", name, secret, key).isTrue();
                } else if (secret.endsWith("-app") && Deploy.find(objects, "Cluster", secret.substring(0, secret.length() - 4)).isPresent()) {
                    assertThat(CNPG_APP_SECRET_KEYS).as("%s: key %s of the CloudNativePG secret %s", name, key, secret).contains(key);
                } else if (OPERATOR_SECRETS.containsKey(secret)) {
                    assertThat(OPERATOR_SECRETS.get(secret)).as("%s: key of %s", name, secret).contains(key);
                    assertThat(deployDoc).as("docs/deploy.md tells how to create %s with key %s", secret, key).contains(secret).contains(key);
                } else {
                    fail("%s reads Secret %s, which is neither rendered, generated by CloudNativePG, nor documented", name, secret);
                }
                env.put(name, "secret:" + secret + "/" + key);
            } else {
                fail("%s: env %s has no value and no supported valueFrom", overlay, name);
            }
        }
        return env;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void servicePdbHpaServiceMonitorIngressAndNetworkPolicyPointAtTheService(String overlay) {
        List<ObjectNode> objects = render(overlay);
        ObjectNode deployment = appDeployment(objects);
        JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
        assertThat(selects(deployment.path("spec").path("selector").path("matchLabels"), podLabels)).isTrue();
        JsonNode container = appContainer(objects);

        ObjectNode service = get(objects, "Service", APP);
        assertThat(selects(service.path("spec").path("selector"), podLabels)).as("Service selects the pods").isTrue();
        Set<String> servicePorts = new TreeSet<>();
        for (JsonNode p : service.path("spec").path("ports")) {
            servicePorts.add(p.path("name").asText());
            assertThat(portResolves(container, p.path("targetPort"))).as("Service targetPort").isTrue();
        }

        ObjectNode hpa = get(objects, "HorizontalPodAutoscaler", APP);
        assertThat(hpa.path("spec").path("scaleTargetRef").path("kind").asText()).isEqualTo("Deployment");
        assertThat(hpa.path("spec").path("scaleTargetRef").path("name").asText()).isEqualTo(APP);
        assertThat(hpa.path("spec").path("minReplicas").asInt()).isPositive()
                .isLessThanOrEqualTo(hpa.path("spec").path("maxReplicas").asInt());

        ObjectNode pdb = get(objects, "PodDisruptionBudget", APP);
        assertThat(selects(pdb.path("spec").path("selector").path("matchLabels"), podLabels)).as("PDB selects the pods").isTrue();

        ObjectNode monitor = get(objects, "ServiceMonitor", APP);
        assertThat(selects(monitor.path("spec").path("selector").path("matchLabels"), service.path("metadata").path("labels")))
                .as("ServiceMonitor selects the Service").isTrue();
        JsonNode endpoint = monitor.path("spec").path("endpoints").path(0);
        assertThat(endpoint.path("path").asText()).isEqualTo("/q/metrics");
        assertThat(servicePorts).contains(endpoint.path("port").asText());

        ObjectNode ingress = get(objects, "Ingress", APP);
        assertThat(ingress.path("spec").path("rules")).isNotEmpty();
        for (JsonNode rule : ingress.path("spec").path("rules")) {
            for (JsonNode path : rule.path("http").path("paths")) {
                assertThat(path.path("path").asText()).as("health and metrics stay internal").doesNotStartWith("/q");
                assertThat(path.path("backend").path("service").path("name").asText()).isEqualTo(APP);
                assertThat(servicePorts).contains(path.path("backend").path("service").path("port").path("name").asText());
            }
        }

        ObjectNode policy = get(objects, "NetworkPolicy", APP);
        assertThat(selects(policy.path("spec").path("podSelector").path("matchLabels"), podLabels)).isTrue();
        assertThat(policy.path("spec").path("policyTypes").toString()).contains("Ingress", "Egress");
        Set<String> fromNamespaces = new TreeSet<>();
        for (JsonNode rule : policy.path("spec").path("ingress")) {
            assertThat(rule.path("from")).as("every ingress rule names its peers").isNotEmpty();
            for (JsonNode peer : rule.path("from")) {
                assertThat(peer.has("ipBlock")).as("no ingress from IP ranges").isFalse();
                fromNamespaces.add(peer.path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText());
            }
        }
        assertThat(fromNamespaces).containsExactlyInAnyOrder("ingress-nginx", "monitoring");
        List<String> egress = new ArrayList<>();
        for (JsonNode rule : policy.path("spec").path("egress")) {
            for (JsonNode port : rule.path("ports")) {
                for (JsonNode peer : rule.path("to")) {
                    egress.add(port.path("protocol").asText() + "/" + port.path("port").asText() + " -> " + peer);
                }
            }
            assertThat(rule.path("to")).as("every egress rule names its peers").isNotEmpty();
            assertThat(rule.path("ports")).as("every egress rule names its ports").isNotEmpty();
        }
        assertThat(egress).anySatisfy(e -> assertThat(e).startsWith("UDP/53 -> ").contains("kube-dns"));
        assertThat(egress).anySatisfy(e -> assertThat(e).startsWith("TCP/5432 -> ").contains("\"cnpg.io/cluster\":\"itpm-db\""));
        assertThat(egress).anySatisfy(e -> assertThat(e).startsWith("TCP/8080 -> ").contains("keycloak"));
        assertThat(egress).anySatisfy(e -> assertThat(e).startsWith("TCP/443 -> ").contains("ipBlock"));
        assertThat(egress).allSatisfy(e -> assertThat(e).matches("(UDP|TCP)/(53|5432|8080|443) -> .*"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void postgresClustersAreBackedUp(String overlay) {
        List<ObjectNode> objects = render(overlay);
        List<ObjectNode> clusters = ofKind(objects, "Cluster");
        assertThat(clusters).hasSize(2);
        for (ObjectNode cluster : clusters) {
            String name = cluster.path("metadata").path("name").asText();
            assertThat(cluster.path("spec").path("backup").path("barmanObjectStore").path("destinationPath").asText())
                    .as("%s backs up to an object store", name).startsWith("s3://");
            assertThat(ofKind(objects, "ScheduledBackup"))
                    .anySatisfy(b -> assertThat(b.path("spec").path("cluster").path("name").asText()).isEqualTo(name));
            assertThat(cluster.path("spec").path("resources").path("limits").path("memory").asText()).isNotBlank();
        }
    }

    @Test
    void prodIsHighlyAvailableAndDevIsSmall() {
        List<ObjectNode> prod = render("prod");
        assertThat(get(prod, "HorizontalPodAutoscaler", APP).path("spec").path("minReplicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(get(prod, "PodDisruptionBudget", APP).path("spec").path("maxUnavailable").asInt(99)).isEqualTo(1);
        assertThat(get(prod, "Cluster", "itpm-db").path("spec").path("instances").asInt()).isEqualTo(3);
        assertThat(ofKind(prod, "Keycloak").get(0).path("spec").path("instances").asInt()).isGreaterThanOrEqualTo(2);
        ObjectNode prodConfig = get(prod, "ConfigMap", "egov-itpm-config");
        assertThat(prodConfig.path("data").path("CORS_ORIGINS").asText()).startsWith("https://");
        // max_connections leaves room for every pod's full pool at maximum scale
        int maxReplicas = get(prod, "HorizontalPodAutoscaler", APP).path("spec").path("maxReplicas").asInt();
        int pool = prodConfig.path("data").path("DB_POOL_MAX").asInt();
        int maxConnections = get(prod, "Cluster", "itpm-db").path("spec").path("postgresql").path("parameters")
                .path("max_connections").asInt();
        assertThat(maxReplicas * pool).as("HPA max x DB_POOL_MAX").isLessThan(maxConnections - 10);

        List<ObjectNode> dev = render("dev");
        assertThat(get(dev, "Cluster", "itpm-db").path("spec").path("instances").asInt()).isEqualTo(1);
    }
}
