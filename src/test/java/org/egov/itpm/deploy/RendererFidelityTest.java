package org.egov.itpm.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The test renderer must agree with kubectl kustomize, and must refuse what it does not implement. */
class RendererFidelityTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void javaRendererMatchesKubectlKustomize(String overlay) throws Exception {
        assumeTrue(Kubectl.find().isPresent(), "kubectl with Kustomize v4+ is not on the PATH; only the Java renderer runs");
        Map<String, ObjectNode> kubectl = byId(Kubectl.kustomize(Deploy.overlay(overlay)));
        Map<String, ObjectNode> java = byId(KustomizeRenderer.render(Deploy.overlay(overlay)));
        assertThat(java.keySet()).isEqualTo(kubectl.keySet());
        for (String id : kubectl.keySet()) {
            assertThat(java.get(id)).as("%s rendered by KustomizeRenderer vs kubectl kustomize", id).isEqualTo(kubectl.get(id));
        }
    }

    @Test
    void javaRendererRefusesKustomizeFeaturesItDoesNotImplement(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: b\n");
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: [cm.yaml]\ncommonLabels:\n  a: b\n");
        assertThatThrownBy(() -> KustomizeRenderer.render(dir)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("commonLabels");
        Files.writeString(dir.resolve("kustomization.yaml"),
                "resources: [cm.yaml]\npatches:\n- patch: |\n    apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: x\n    data:\n      a: null\n");
        assertThatThrownBy(() -> KustomizeRenderer.render(dir)).isInstanceOf(UnsupportedOperationException.class);
        Files.writeString(dir.resolve("kustomization.yaml"),
                "resources: [cm.yaml]\npatches:\n- patch: |\n    apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: missing\n    data:\n      a: c\n");
        assertThatThrownBy(() -> KustomizeRenderer.render(dir)).hasMessageContaining("not found");
    }

    @Test
    void imageNamesIgnoreRegistryPortsTagsAndDigests() {
        assertThat(KustomizeRenderer.imageName("registry:5000/a/b:1.0")).isEqualTo("registry:5000/a/b");
        assertThat(KustomizeRenderer.imageName("registry:5000/a/b")).isEqualTo("registry:5000/a/b");
        assertThat(KustomizeRenderer.imageName("a/b@sha256:" + "0".repeat(64))).isEqualTo("a/b");
    }

    private static Map<String, ObjectNode> byId(List<ObjectNode> objects) {
        Map<String, ObjectNode> map = new TreeMap<>();
        for (ObjectNode o : objects) {
            assertThat(map.put(KustomizeRenderer.id(o), o)).as("duplicate %s", KustomizeRenderer.id(o)).isNull();
        }
        return map;
    }
}
