// The signed credential checked by an independent verifier: node:crypto's Ed25519 on the JWS
// signing input with the public key taken from the published JWKS — not jose, which signs it.
import { createPublicKey, verify } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../db/client.ts';
import { buildCredential, checkSignature, signCredential } from './credential.ts';
import { loadIssuerKeyring, rotateIssuerKey } from './keys.ts';

const origin = 'https://lantoa.thainguyen.gov.vn';

function independentVerify(jwt: string, jwks: { keys: Record<string, string>[] }): boolean {
  const [h, p, s] = jwt.split('.') as [string, string, string];
  const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8'));
  if (header.alg !== 'EdDSA') return false;
  const jwk = jwks.keys.find((k) => k.kid === header.kid);
  if (!jwk) return false;
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x as string }, format: 'jwk' });
  return verify(null, Buffer.from(`${h}.${p}`), key, Buffer.from(s, 'base64url'));
}

/** Changes one character of the payload segment (to another valid base64url character). */
function changeOneCharacter(jwt: string): string {
  const [h, p, s] = jwt.split('.') as [string, string, string];
  const at = Math.floor(p.length / 2);
  const swapped = p[at] === 'A' ? 'B' : 'A';
  return `${h}.${p.slice(0, at)}${swapped}${p.slice(at + 1)}.${s}`;
}

describe('Open Badges 3.0 credential', () => {
  let database: Database;
  let dir: string;
  beforeAll(async () => {
    database = await openDatabase({ dataDir: 'memory://' });
    await database.migrate();
    dir = mkdtempSync(path.join(os.tmpdir(), 'lantoa-keys-'));
  });
  afterAll(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const vc = () =>
    buildCredential({
      id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
      number: 131_080,
      serial: 'AI1-2026-131080',
      origin,
      issuerName: 'Sở Khoa học và Công nghệ tỉnh Thái Nguyên',
      template: {
        id: 'ai-bac-1',
        kind: 'level',
        title: 'Bình dân học AI – Bậc 1',
        description: null,
        criteria: 'Đạt 8 học phần Bậc 1.',
      },
      recipientName: 'Bùi Văn Sơn',
      issuedAt: new Date('2026-12-01T08:00:00Z'),
      expiresAt: null,
    });

  it('is an OpenBadgeCredential with a revocation entry in the right status list', () => {
    const c = vc();
    expect(c.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(c['@context'][0]).toBe('https://www.w3.org/ns/credentials/v2');
    expect(c.credentialStatus).toMatchObject({
      type: 'BitstringStatusListEntry',
      statusListIndex: '8',
      statusListCredential: `${origin}/api/credentials/status/1`,
    });
    expect(c.credentialSubject.achievement.criteria.narrative).toBe('Đạt 8 học phần Bậc 1.');
  });

  it('verifies with an independent Ed25519 verifier and fails with one character changed', async () => {
    const keys = await loadIssuerKeyring(database.db, { dataDir: dir });
    const jwt = await signCredential(vc(), keys.signing);
    const jwks = (await keys.jwks()) as unknown as { keys: Record<string, string>[] };
    expect(jwks.keys.every((k) => !('d' in k))).toBe(true);
    expect(independentVerify(jwt, jwks)).toBe(true);
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1] as string, 'base64url').toString());
    expect(payload).toMatchObject({
      iss: `${origin}/api/credentials/issuer`,
      jti: 'urn:uuid:1b4e28ba-2fa1-41d2-883f-0016d3cca427',
      nbf: 1796112000,
    });
    const tampered = changeOneCharacter(jwt);
    expect(tampered).not.toBe(jwt);
    expect(independentVerify(tampered, jwks)).toBe(false);
    expect((await checkSignature(tampered, keys, origin)).ok).toBe(false);
    expect((await checkSignature(jwt, keys, origin)).ok).toBe(true);
  });

  it('keeps the key file private and old credentials verifiable after a rotation', async () => {
    const first = await loadIssuerKeyring(database.db, { dataDir: dir });
    expect(statSync(path.join(dir, 'issuer-keys.json')).mode & 0o077).toBe(0);
    const old = await signCredential(vc(), first.signing);
    const newKid = await rotateIssuerKey(path.join(dir, 'issuer-keys.json'));
    const second = await loadIssuerKeyring(database.db, { dataDir: dir });
    expect(second.signing.kid).toBe(newKid);
    expect(second.signing.kid).not.toBe(first.signing.kid);
    const jwks = (await second.jwks()) as unknown as { keys: Record<string, string>[] };
    expect(jwks.keys.map((k) => k.kid)).toEqual(expect.arrayContaining([first.signing.kid, newKid]));
    expect(independentVerify(old, jwks)).toBe(true);
    expect(await checkSignature(old, second, origin)).toMatchObject({ ok: true });
    const fresh = await signCredential(vc(), second.signing);
    expect(JSON.parse(Buffer.from(fresh.split('.')[0] as string, 'base64url').toString()).kid).toBe(newKid);
  });
});
