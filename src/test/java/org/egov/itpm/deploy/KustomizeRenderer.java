package org.egov.itpm.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deliberately small Kustomize renderer for the tests, used when no {@code kubectl} (with Kustomize v4+)
 * is on the PATH. It implements exactly the Kustomize features the manifests under {@code k8s/} use and
 * refuses everything else, so it can never silently render something different from {@code kubectl kustomize}:
 * <ul>
 *   <li>{@code resources}: files (multi-document YAML) and directories holding a kustomization.yaml;</li>
 *   <li>{@code patches}: strategic-merge patches by {@code path} or inline {@code patch}, each document
 *       targeting the resource with its kind and metadata.name; maps merge, scalar and plain lists replace,
 *       the keyed lists {@code containers}, {@code initContainers}, {@code env}, {@code volumes} (name) and
 *       {@code volumeMounts} (mountPath) merge by key; patch directives ({@code $patch}, null deletions)
 *       and other keyed lists are refused;</li>
 *   <li>{@code namespace}: set on every namespaced resource;</li>
 *   <li>{@code images}: name / newName / newTag / digest on every {@code image} under a
 *       {@code containers} or {@code initContainers} list.</li>
 * </ul>
 * When kubectl is available, {@code RendererFidelityTest} checks that this renderer and
 * {@code kubectl kustomize} produce the same objects for every overlay.
 */
final class KustomizeRenderer {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Set<String> SUPPORTED_FIELDS =
            Set.of("apiVersion", "kind", "resources", "namespace", "images", "patches");

    private static final Set<String> CLUSTER_SCOPED = Set.of(
            "Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "PersistentVolume",
            "StorageClass", "IngressClass", "PriorityClass", "ValidatingWebhookConfiguration",
            "MutatingWebhookConfiguration", "APIService", "ClusterIssuer");

    /** Lists that a strategic-merge patch merges by key (Kubernetes' patchMergeKey for these fields). */
    private static final Map<String, String> KEYED_LISTS = Map.of(
            "containers", "name",
            "initContainers", "name",
            "env", "name",
            "volumes", "name",
            "volumeMounts", "mountPath");

    /** Keys that make kyaml treat a list as associative (merged rather than replaced). */
    private static final List<String> ASSOCIATIVE_KEYS =
            List.of("mountPath", "devicePath", "ip", "type", "topologyKey", "name", "containerPort");

    private KustomizeRenderer() {
    }

    static List<ObjectNode> render(Path dir) throws IOException {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IOException("no kustomization.yaml in " + dir);
        }
        JsonNode k = YAML.readTree(file.toFile());
        for (Iterator<String> it = k.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!SUPPORTED_FIELDS.contains(field)) {
                throw new UnsupportedOperationException(file + ": field '" + field
                        + "' is not supported by the test renderer; extend KustomizeRenderer or keep overlays simple");
            }
        }
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode r : k.path("resources")) {
            Path p = dir.resolve(r.asText()).normalize();
            if (Files.isDirectory(p)) {
                out.addAll(render(p));
            } else {
                out.addAll(readDocuments(p));
            }
        }
        checkUniqueIds(out, dir);
        for (JsonNode patchEntry : k.path("patches")) {
            if (patchEntry.has("target") || patchEntry.has("options")) {
                throw new UnsupportedOperationException(file + ": patches with target/options are not supported");
            }
            List<ObjectNode> docs;
            if (patchEntry.has("path")) {
                docs = readDocuments(dir.resolve(patchEntry.get("path").asText()).normalize());
            } else if (patchEntry.has("patch")) {
                docs = parseDocuments(patchEntry.get("patch").asText());
            } else {
                throw new UnsupportedOperationException(file + ": patch without path or patch");
            }
            for (ObjectNode patch : docs) {
                applyStrategicMerge(out, patch, file);
            }
        }
        if (k.hasNonNull("namespace")) {
            String ns = k.get("namespace").asText();
            for (ObjectNode o : out) {
                if (!CLUSTER_SCOPED.contains(o.path("kind").asText())) {
                    ((ObjectNode) o.get("metadata")).put("namespace", ns);
                }
            }
        }
        for (JsonNode image : k.path("images")) {
            for (ObjectNode o : out) {
                setImages(o, image);
            }
        }
        return out;
    }

    static List<ObjectNode> readDocuments(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return parseDocuments(reader);
        }
    }

    static List<ObjectNode> parseDocuments(String yaml) throws IOException {
        try (Reader reader = new java.io.StringReader(yaml)) {
            return parseDocuments(reader);
        }
    }

    private static List<ObjectNode> parseDocuments(Reader reader) throws IOException {
        List<ObjectNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(reader)) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc == null || doc.isNull() || doc.isMissingNode() || doc.isEmpty()) {
                    continue;
                }
                if (!doc.isObject()) {
                    throw new IOException("a YAML document is not a mapping: " + doc);
                }
                docs.add((ObjectNode) doc);
            }
        }
        return docs;
    }

    static String id(JsonNode o) {
        return o.path("apiVersion").asText() + "/" + o.path("kind").asText() + "/"
                + o.path("metadata").path("namespace").asText("") + "/" + o.path("metadata").path("name").asText();
    }

    private static void checkUniqueIds(List<ObjectNode> objects, Path dir) {
        Map<String, ObjectNode> seen = new LinkedHashMap<>();
        for (ObjectNode o : objects) {
            if (seen.put(id(o), o) != null) {
                throw new IllegalStateException(dir + ": duplicate resource " + id(o));
            }
        }
    }

    private static String group(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    private static void applyStrategicMerge(List<ObjectNode> objects, ObjectNode patch, Path file) {
        String kind = patch.path("kind").asText();
        String name = patch.path("metadata").path("name").asText();
        String group = group(patch.path("apiVersion").asText());
        ObjectNode target = null;
        for (ObjectNode o : objects) {
            if (o.path("kind").asText().equals(kind) && o.path("metadata").path("name").asText().equals(name)
                    && group(o.path("apiVersion").asText()).equals(group)) {
                if (target != null) {
                    throw new IllegalStateException(file + ": patch matches several resources " + kind + "/" + name);
                }
                target = o;
            }
        }
        if (target == null) {
            throw new IllegalStateException(file + ": patch target not found: " + kind + "/" + name);
        }
        merge(target, patch, kind + "/" + name);
    }

    private static void merge(ObjectNode target, ObjectNode patch, String path) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode pv = e.getValue();
            JsonNode tv = target.get(key);
            String here = path + "." + key;
            if (key.startsWith("$")) {
                throw new UnsupportedOperationException("patch directive " + here + " is not supported");
            }
            if (pv.isNull()) {
                throw new UnsupportedOperationException("null (deletion) at " + here + " is not supported");
            }
            if (pv.isObject() && tv != null && tv.isObject()) {
                merge((ObjectNode) tv, (ObjectNode) pv, here);
            } else if (pv.isArray() && tv != null && tv.isArray()) {
                mergeList(target, key, (ArrayNode) tv, (ArrayNode) pv, here);
            } else {
                target.set(key, pv.deepCopy());
            }
        }
    }

    private static void mergeList(ObjectNode parent, String field, ArrayNode target, ArrayNode patch, String path) {
        String mergeKey = KEYED_LISTS.get(field);
        if (mergeKey == null) {
            for (JsonNode element : patch) {
                for (String assoc : ASSOCIATIVE_KEYS) {
                    if (element.isObject() && element.has(assoc)) {
                        throw new UnsupportedOperationException("patching the keyed list " + path
                                + " is not supported by the test renderer");
                    }
                }
            }
            parent.set(field, patch.deepCopy());
            return;
        }
        for (JsonNode element : patch) {
            JsonNode keyValue = element.get(mergeKey);
            if (keyValue == null) {
                throw new UnsupportedOperationException(path + ": list element without merge key " + mergeKey);
            }
            ObjectNode existing = null;
            for (JsonNode t : target) {
                if (keyValue.equals(t.get(mergeKey))) {
                    existing = (ObjectNode) t;
                }
            }
            if (existing == null) {
                target.add(element.deepCopy());
            } else {
                merge(existing, (ObjectNode) element, path + "[" + mergeKey + "=" + keyValue.asText() + "]");
            }
        }
    }

    /** Image reference without tag or digest (a registry port is kept). */
    static String imageName(String ref) {
        int at = ref.indexOf('@');
        if (at >= 0) {
            return ref.substring(0, at);
        }
        int colon = ref.lastIndexOf(':');
        return colon > ref.lastIndexOf('/') ? ref.substring(0, colon) : ref;
    }

    private static void setImages(JsonNode node, JsonNode image) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if ((e.getKey().equals("containers") || e.getKey().equals("initContainers")) && e.getValue().isArray()) {
                    for (JsonNode c : e.getValue()) {
                        if (c.isObject() && c.path("image").isTextual()) {
                            String ref = c.get("image").asText();
                            String name = imageName(ref);
                            if (name.equals(image.path("name").asText())) {
                                ((ObjectNode) c).set("image", new TextNode(newImage(ref, name, image)));
                            }
                        }
                    }
                }
                setImages(e.getValue(), image);
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                setImages(child, image);
            }
        }
    }

    private static String newImage(String ref, String name, JsonNode image) {
        String base = image.hasNonNull("newName") ? image.get("newName").asText() : name;
        if (image.hasNonNull("digest")) {
            return base + "@" + image.get("digest").asText();
        }
        if (image.hasNonNull("newTag")) {
            return base + ":" + image.get("newTag").asText();
        }
        return base + ref.substring(name.length());
    }
}
