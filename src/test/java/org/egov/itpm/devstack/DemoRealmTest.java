package org.egov.itpm.devstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The merge of the realm with the demo parts, and what the demo files may not do. */
class DemoRealmTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode json(String text) throws IOException {
        return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
    }

    private static final String REALM = "{'realm':'r','passwordPolicy':'length(12)','bruteForceProtected':true,"
            + "'clients':[{'clientId':'a','publicClient':false}],"
            + "'users':[{'username':'service-account-a','serviceAccountClientId':'a','realmRoles':['platform']}]}";

    @Test
    void overlayReplacesAllowedFieldsAndUsersAreAppended() throws IOException {
        ObjectNode merged = DemoRealm.merge(json(REALM), json("{'users':[{'username':'demo-user'}]}"),
                json("{'passwordPolicy':'length(4)','clients':[{'clientId':'a','secret':'a-secret'}]}"));

        assertThat(merged.path("passwordPolicy").asText()).isEqualTo("length(4)");
        assertThat(merged.path("clients").get(0).path("secret").asText()).isEqualTo("a-secret");
        assertThat(merged.path("clients").get(0).path("publicClient").asBoolean(true)).isFalse();
        assertThat(merged.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(merged.path("users").findValuesAsText("username")).containsExactly("service-account-a", "demo-user");
    }

    @Test
    void theRealmFileIsNotChangedByTheMerge() throws IOException {
        ObjectNode realm = json(REALM);
        DemoRealm.merge(realm, json("{'users':[{'username':'demo-user'}]}"), json("{'clients':[{'clientId':'a','secret':'s'}]}"));
        assertThat(realm).isEqualTo(json(REALM));
    }

    @Test
    void realmSettingsCannotHideInTheDemoOverlay() {
        assertThatThrownBy(() -> DemoRealm.merge(json(REALM), json("{'users':[]}"), json("{'bruteForceProtected':false}")))
                .hasMessageContaining("may not set realm field 'bruteForceProtected'");
        assertThatThrownBy(() -> DemoRealm.merge(json(REALM), json("{'users':[]}"),
                json("{'clients':[{'clientId':'a','redirectUris':['*']}]}")))
                .hasMessageContaining("may not set 'redirectUris' of client 'a'");
        assertThatThrownBy(() -> DemoRealm.merge(json(REALM), json("{'users':[]}"), json("{'clients':[{'clientId':'b','secret':'s'}]}")))
                .hasMessageContaining("client 'b', which the realm does not have");
    }

    @Test
    void demoUsersAreOnlyPeopleOnceEach() {
        assertThatThrownBy(() -> DemoRealm.merge(json(REALM),
                json("{'users':[{'username':'service-account-a','serviceAccountClientId':'a'}]}"), json("{}")))
                .hasMessageContaining("is a service account");
        assertThatThrownBy(() -> DemoRealm.merge(json(REALM), json("{'users':[{'username':'x'},{'username':'x'}]}"), json("{}")))
                .hasMessageContaining("'x' exists twice");
        assertThatThrownBy(() -> DemoRealm.merge(json(REALM), json("{'users':[],'clients':[]}"), json("{}")))
                .hasMessageContaining("exactly {\"users\": [...]}");
    }

    @Test
    void theRepositoryFilesMergeAndTheImportFileIsTheMergedRealm() throws IOException {
        ObjectNode merged = DemoRealm.load(Path.of(""));
        assertThat(merged.path("users").size()).as("6 service accounts + 59 demo people").isEqualTo(65);
        assertThat(JSON.readTree(DemoRealm.toBytes(merged))).isEqualTo(merged);
    }
}
