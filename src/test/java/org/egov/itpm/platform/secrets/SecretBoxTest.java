package org.egov.itpm.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** AES-256-GCM sealing of stored secrets: never the plain text, a fresh nonce per value, keys that rotate. */
class SecretBoxTest {

    static final String PLAIN = "shandong-webhook-secret-0123456789";
    static final String CONTEXT = "platform_subscription.secret:42";

    @Test
    void shouldSealToSomethingElseEachTimeAndOpenToThePlainValue() {
        SecretBox box = new SecretBox("k1", Map.of("k1", key()));
        SecretBox.Sealed a = box.seal(PLAIN, CONTEXT);
        SecretBox.Sealed b = box.seal(PLAIN, CONTEXT);
        assertThat(a.keyId()).isEqualTo("k1");
        assertThat(a.ciphertext()).doesNotContain(PLAIN).isNotEqualTo(b.ciphertext());
        assertThat(Base64.getDecoder().decode(a.ciphertext())).hasSize(12 + PLAIN.length() + 16);
        assertThat(box.open(a, CONTEXT)).isEqualTo(PLAIN);
        assertThat(box.open(b, CONTEXT)).isEqualTo(PLAIN);
    }

    @Test
    void shouldStillOpenValuesOfAnEarlierKeyAfterARotation() {
        byte[] old = key();
        SecretBox before = new SecretBox("k1", Map.of("k1", old));
        SecretBox.Sealed sealedBefore = before.seal(PLAIN, CONTEXT);
        SecretBox after = new SecretBox("k2", Map.of("k1", old, "k2", key()));
        assertThat(after.open(sealedBefore, CONTEXT)).isEqualTo(PLAIN);
        assertThat(after.seal(PLAIN, CONTEXT).keyId()).isEqualTo("k2");
        // without the earlier key the old value is unreadable, and says which key it needs
        SecretBox forgetful = new SecretBox("k2", Map.of("k2", key()));
        assertThatThrownBy(() -> forgetful.open(sealedBefore, CONTEXT)).hasMessageContaining("k1");
    }

    @Test
    void shouldRefuseAValueMovedToAnotherRowOrAltered() {
        SecretBox box = new SecretBox("k1", Map.of("k1", key()));
        SecretBox.Sealed sealed = box.seal(PLAIN, CONTEXT);
        assertThatThrownBy(() -> box.open(sealed, "platform_subscription.secret:43"))
                .isInstanceOf(IllegalStateException.class);
        byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
        bytes[20] ^= 1;
        assertThatThrownBy(() -> box.open(new SecretBox.Sealed("k1", Base64.getEncoder().encodeToString(bytes)),
                CONTEXT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldRefuseToStartWithoutAGood256BitKey() {
        assertThatThrownBy(() -> SecretBox.fromConfig("k1", null, null)).hasMessageContaining("ITPM_SECRETS_KEY");
        assertThatThrownBy(() -> SecretBox.fromConfig("k1", "", null)).hasMessageContaining("ITPM_SECRETS_KEY");
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> SecretBox.fromConfig("k1", shortKey, null)).hasMessageContaining("256 bits");
        assertThatThrownBy(() -> SecretBox.fromConfig("k1", "not base64!", null)).hasMessageContaining("base64");
        String good = Base64.getEncoder().encodeToString(key());
        assertThatThrownBy(() -> SecretBox.fromConfig("k2", good, "k1")).hasMessageContaining("id:base64");
        SecretBox box = SecretBox.fromConfig("k2", good, "k1:" + Base64.getEncoder().encodeToString(key()));
        assertThat(box.knows("k1")).isTrue();
        assertThat(box.currentKeyId()).isEqualTo("k2");
    }

    private static byte[] key() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return k;
    }
}
