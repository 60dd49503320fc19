-- Webhook secrets are stored encrypted (AES-256-GCM, docs/security.md "Secrets at rest"). secret holds
-- base64(nonce | ciphertext | tag) and secret_key_id the id of the key that sealed it. Existing rows keep their
-- plain value with secret_key_id null, which marks them: the service encrypts them at its first start with a key
-- (SubscriptionSecrets), before it delivers anything.
alter table platform_subscription add column secret_key_id text;
comment on column platform_subscription.secret is 'sealed webhook secret; plain only while secret_key_id is null (before the first start after V81)';
