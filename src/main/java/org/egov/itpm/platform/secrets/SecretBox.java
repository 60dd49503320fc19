package org.egov.itpm.platform.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts small secrets for storage: AES-256-GCM, a random 96-bit nonce per value, the nonce stored in front of
 * the ciphertext. Values are sealed with the current key and opened with whichever key their stored key id names,
 * so keys rotate without rewriting every row at once. The context (e.g. table, column and row id) is bound as
 * associated data: a ciphertext copied to another row does not open.
 */
public final class SecretBox {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentKeyId;
    private final Map<String, SecretKeySpec> keys;

    /** @param keys key id → 256-bit key; must contain {@code currentKeyId} */
    public SecretBox(String currentKeyId, Map<String, byte[]> keys) {
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("no key with the current key id " + currentKeyId);
        }
        Map<String, SecretKeySpec> specs = new LinkedHashMap<>();
        keys.forEach((id, key) -> {
            if (key == null || key.length != 32) {
                throw new IllegalArgumentException("secrets key " + id + " must be 256 bits (32 bytes, base64)");
            }
            specs.put(id, new SecretKeySpec(key, "AES"));
        });
        this.currentKeyId = currentKeyId;
        this.keys = Map.copyOf(specs);
    }

    /** A sealed value: base64 of nonce ‖ ciphertext ‖ tag, and the id of the key that sealed it. */
    public record Sealed(String keyId, String ciphertext) {
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public boolean knows(String keyId) {
        return keys.containsKey(keyId);
    }

    public Sealed seal(String plain, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] ct = crypt(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), nonce, context,
                plain.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[NONCE_BYTES + ct.length];
        System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
        System.arraycopy(ct, 0, out, NONCE_BYTES, ct.length);
        return new Sealed(currentKeyId, Base64.getEncoder().encodeToString(out));
    }

    public String open(Sealed sealed, String context) {
        SecretKeySpec key = keys.get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("secret sealed with key " + sealed.keyId()
                    + ", which is not configured (ITPM_SECRETS_PREVIOUS_KEYS)");
        }
        byte[] in = Base64.getDecoder().decode(sealed.ciphertext());
        byte[] nonce = java.util.Arrays.copyOfRange(in, 0, NONCE_BYTES);
        byte[] ct = java.util.Arrays.copyOfRange(in, NONCE_BYTES, in.length);
        return new String(crypt(Cipher.DECRYPT_MODE, key, nonce, context, ct), StandardCharsets.UTF_8);
    }

    private static byte[] crypt(int mode, SecretKeySpec key, byte[] nonce, String context, byte[] data) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot " + (mode == Cipher.ENCRYPT_MODE ? "seal" : "open")
                    + " secret (" + context + "): wrong key or altered value", e);
        }
    }

    /**
     * Builds the box from configuration text: the current key (base64, 256 bits) under {@code currentKeyId}, and
     * earlier keys as {@code id:base64,id:base64}.
     */
    public static SecretBox fromConfig(String currentKeyId, String currentKey, String previousKeys) {
        if (currentKey == null || currentKey.isBlank()) {
            throw new IllegalArgumentException("ITPM_SECRETS_KEY is not set: a base64 256-bit key is required");
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        if (previousKeys != null && !previousKeys.isBlank()) {
            for (String entry : previousKeys.split(",")) {
                String[] idKey = entry.trim().split(":", 2);
                if (idKey.length != 2 || idKey[0].isBlank()) {
                    throw new IllegalArgumentException("ITPM_SECRETS_PREVIOUS_KEYS must be id:base64[,id:base64]");
                }
                keys.put(idKey[0].trim(), decode(idKey[0].trim(), idKey[1].trim()));
            }
        }
        keys.put(currentKeyId, decode(currentKeyId, currentKey.trim()));
        return new SecretBox(currentKeyId, keys);
    }

    private static byte[] decode(String id, String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("secrets key " + id + " is not valid base64", e);
        }
    }
}
