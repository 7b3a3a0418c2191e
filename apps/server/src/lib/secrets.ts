// Encryption at rest for national ID numbers: AES-256-GCM for the value, HMAC-SHA256 for
// exact-match lookup. Keys are derived from one platform secret with HKDF.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Secrets {
  encrypt(plain: string): string;
  decrypt(cipher: string): string;
  keyedHash(value: string): string;
}

export function createSecrets(secret: string): Secrets {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', secret, 'lantoa', info, 32));
  const encKey = derive('national-id-encryption');
  const macKey = derive('national-id-lookup');
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    decrypt(value) {
      const raw = Buffer.from(value.slice(3), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    keyedHash(value) {
      return createHmac('sha256', macKey).update(value).digest('hex');
    },
  };
}

/**
 * Outside production a secret may be absent: generate one once and keep it beside the
 * embedded database so encrypted values stay readable across restarts.
 */
export function loadOrCreateDevSecret(dataDir: string): string {
  const file = path.join(dataDir, 'secret.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
