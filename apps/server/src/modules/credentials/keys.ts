// The platform's issuer keys (Ed25519). The private keys live in a JWKS file — generated on first
// start in the data directory, or supplied in production through LANTOA_ISSUER_KEY_FILE (a secret
// file shared by every app server). The last key in the file signs; the public half of every key
// ever used is kept in the database and published at /.well-known/jwks.json, so a rotation never
// breaks certificates signed before it.
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { and, isNull, notInArray, sql } from 'drizzle-orm';
import { calculateJwkThumbprint, type JWK } from 'jose';
import type { Db } from '../../db/client.ts';
import { issuerKeys } from '../../db/schema/index.ts';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicJwk: JWK;
}

export interface IssuerKeyring {
  signing: SigningKey;
  /** The public key for a key id, from the database (cached); null when the id is unknown. */
  publicKey(kid: string): Promise<KeyObject | null>;
  /** Every public key ever used, for the JWKS document. */
  jwks(): Promise<{ keys: JWK[] }>;
}

interface KeyFile {
  keys: (JWK & { kid: string; created?: string })[];
}

const memoryKeys = new Map<string, KeyFile>();

export function keyFilePath(env: { dataDir: string; issuerKeyFile?: string }): string | null {
  if (env.issuerKeyFile) return path.resolve(env.issuerKeyFile);
  if (env.dataDir.startsWith('memory://')) return null;
  return path.join(env.dataDir, 'issuer-keys.json');
}

async function newKey(): Promise<JWK & { kid: string; created: string }> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' }) as JWK;
  const kid = await calculateJwkThumbprint({ kty: jwk.kty, crv: jwk.crv, x: jwk.x } as JWK);
  return { ...jwk, kid, alg: 'EdDSA', use: 'sig', created: new Date().toISOString() };
}

function readKeyFile(file: string | null): KeyFile | null {
  if (!file) return memoryKeys.get('memory') ?? null;
  if (!existsSync(file)) return null;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
  if (!Array.isArray(parsed.keys) || parsed.keys.length === 0)
    throw new Error(`${file}: no keys (expected a JWKS with Ed25519 private keys)`);
  return parsed;
}

function writeKeyFile(file: string | null, content: KeyFile) {
  if (!file) {
    memoryKeys.set('memory', content);
    return;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}

export const publicHalf = (k: JWK & { kid: string }): JWK => ({
  kty: k.kty,
  crv: k.crv,
  x: k.x,
  kid: k.kid,
  alg: 'EdDSA',
  use: 'sig',
});

/** Adds a new signing key to the file (the old ones stay there and in the published key set). */
export async function rotateIssuerKey(file: string | null): Promise<string> {
  const current = readKeyFile(file) ?? { keys: [] };
  const key = await newKey();
  writeKeyFile(file, { keys: [...current.keys, key] });
  return key.kid;
}

export async function loadIssuerKeyring(
  db: Db,
  env: { dataDir: string; issuerKeyFile?: string },
  log?: { info: (o: object, m: string) => void },
): Promise<IssuerKeyring> {
  const file = keyFilePath(env);
  let content = readKeyFile(file);
  if (!content) {
    if (env.issuerKeyFile) throw new Error(`LANTOA_ISSUER_KEY_FILE ${env.issuerKeyFile} does not exist`);
    content = { keys: [await newKey()] };
    writeKeyFile(file, content);
    log?.info({ file, kid: content.keys[0]?.kid }, 'generated the certificate issuer key');
  }
  for (const k of content.keys) {
    if (k.kty !== 'OKP' || k.crv !== 'Ed25519' || !k.d)
      throw new Error(`issuer key ${k.kid}: not an Ed25519 private key`);
  }
  const active = content.keys[content.keys.length - 1] as JWK & { kid: string };
  await db
    .insert(issuerKeys)
    .values(content.keys.map((k) => ({ kid: k.kid, publicJwk: publicHalf(k) })))
    .onConflictDoNothing();
  await db
    .update(issuerKeys)
    .set({ retiredAt: sql`now()` })
    .where(and(isNull(issuerKeys.retiredAt), notInArray(issuerKeys.kid, [active.kid])));

  const cache = new Map<string, KeyObject>();
  let lastMiss = 0;
  return {
    signing: {
      kid: active.kid,
      privateKey: createPrivateKey({ key: active as never, format: 'jwk' }),
      publicJwk: publicHalf(active),
    },
    async publicKey(kid) {
      const hit = cache.get(kid);
      if (hit) return hit;
      // Unknown ids are looked up at most every 5 s: a flood of made-up ids costs no queries.
      if (Date.now() - lastMiss < 5_000 && cache.size > 0) return null;
      const rows = await db.select().from(issuerKeys);
      for (const r of rows) cache.set(r.kid, createPublicKey({ key: r.publicJwk as never, format: 'jwk' }));
      const found = cache.get(kid) ?? null;
      if (!found) lastMiss = Date.now();
      return found;
    },
    async jwks() {
      const rows = await db.select().from(issuerKeys).orderBy(issuerKeys.createdAt);
      return { keys: rows.map((r) => r.publicJwk as JWK) };
    },
  };
}
