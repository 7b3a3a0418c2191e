// Open Badges 3.0 credentials: an OpenBadgeCredential (W3C Verifiable Credential 2.0) signed as a
// compact JWT with EdDSA (Ed25519), the OB 3.0 "VC-JWT" proof format: the JWT payload is the
// credential itself, with iss, jti and nbf (and exp when it expires) as registered claims, and the
// header names the signing key (kid) so verifiers pick it from the issuer's JWKS.
import { decodeJwt, decodeProtectedHeader, errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import type { IssuerKeyring, SigningKey } from './keys.ts';

export const STATUS_LIST_SIZE = 131_072; // bits per list (16 KiB), the Bitstring Status List minimum

export interface CredentialInput {
  id: string;
  number: number;
  serial: string;
  origin: string;
  issuerName: string;
  template: { id: string; kind: string; title: string; description: string | null; criteria: string };
  recipientName: string;
  issuedAt: Date;
  expiresAt: Date | null;
}

export const issuerId = (origin: string) => `${origin}/api/credentials/issuer`;
export const verifyUrl = (origin: string, id: string) => `${origin}/verify/${id}`;

export function buildCredential(c: CredentialInput) {
  const list = Math.floor(c.number / STATUS_LIST_SIZE);
  const index = c.number % STATUS_LIST_SIZE;
  const statusList = `${c.origin}/api/credentials/status/${list}`;
  return {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: `urn:uuid:${c.id}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: c.template.title,
    issuer: {
      id: issuerId(c.origin),
      type: ['Profile'],
      name: c.issuerName,
      url: c.origin,
    },
    validFrom: c.issuedAt.toISOString(),
    ...(c.expiresAt ? { validUntil: c.expiresAt.toISOString() } : {}),
    credentialSubject: {
      type: ['AchievementSubject'],
      // Minimal personal data: the name only (no phone, no ID number), as printed on the certificate.
      identifier: [
        { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: c.recipientName },
      ],
      achievement: {
        id: `${c.origin}/api/credentials/achievements/${c.template.id}`,
        type: ['Achievement'],
        achievementType: c.template.kind === 'trainer' ? 'License' : 'Certificate',
        name: c.template.title,
        description: c.template.description ?? c.template.criteria,
        criteria: { narrative: c.template.criteria },
      },
    },
    evidence: [
      {
        id: verifyUrl(c.origin, c.id),
        type: ['Evidence'],
        name: `Số hiệu ${c.serial}`,
      },
    ],
    credentialStatus: {
      id: `${statusList}#${index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(index),
      statusListCredential: statusList,
    },
  };
}

export type OpenBadgeCredential = ReturnType<typeof buildCredential>;

export async function signCredential(vc: Record<string, unknown>, key: SigningKey): Promise<string> {
  const iss = (vc.issuer as { id: string }).id;
  const jwt = new SignJWT(vc)
    .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: key.kid })
    .setIssuer(iss)
    .setJti(String(vc.id))
    .setNotBefore(Math.floor(new Date(String(vc.validFrom)).getTime() / 1000));
  if (vc.validUntil) jwt.setExpirationTime(Math.floor(new Date(String(vc.validUntil)).getTime() / 1000));
  return jwt.sign(key.privateKey);
}

export type VerifyProblem = 'MALFORMED' | 'UNKNOWN_KEY' | 'SIGNATURE_INVALID' | 'NOT_ISSUED_HERE';

export type SignatureCheck =
  | { ok: true; credential: OpenBadgeCredential; certificateId: string }
  | { ok: false; problem: VerifyProblem };

/** The compact JWT inside what someone pasted or uploaded: a JWT, an enveloped credential, or JSON holding one. */
export function extractJwt(input: unknown): string | null {
  if (typeof input === 'string') {
    const s = input.trim();
    if (/^[\w-]+\.[\w-]+\.[\w-]+$/.test(s)) return s;
    if (s.startsWith('{')) {
      try {
        return extractJwt(JSON.parse(s));
      } catch {
        return null;
      }
    }
    const m = /^data:application\/vc\+jwt,(.+)$/.exec(s);
    return m ? extractJwt(m[1]) : null;
  }
  if (input && typeof input === 'object') {
    const o = input as Record<string, unknown>;
    for (const k of ['id', 'jwt', 'credential', 'proof']) {
      const v = k === 'proof' ? (o.proof as Record<string, unknown> | undefined)?.jwt : o[k];
      if (typeof v === 'string' && (k !== 'id' || v.startsWith('data:'))) {
        const found = extractJwt(v);
        if (found) return found;
      }
    }
  }
  return null;
}

/** Checks the signature against the platform's keys and that the credential is ours and well formed. */
export async function checkSignature(
  jwt: string,
  keys: IssuerKeyring,
  origin: string,
): Promise<SignatureCheck> {
  let kid: string | undefined;
  try {
    const header = decodeProtectedHeader(jwt);
    if (header.alg !== 'EdDSA') return { ok: false, problem: 'SIGNATURE_INVALID' };
    kid = header.kid;
    decodeJwt(jwt);
  } catch {
    return { ok: false, problem: 'MALFORMED' };
  }
  const key = kid ? await keys.publicKey(kid) : null;
  if (!key) return { ok: false, problem: 'UNKNOWN_KEY' };
  try {
    // Expiry is reported as a status, not as a broken signature.
    const { payload } = await jwtVerify(jwt, key, {
      algorithms: ['EdDSA'],
      clockTolerance: 60 * 60 * 24 * 365 * 100,
    });
    const vc = payload as unknown as OpenBadgeCredential;
    const types = Array.isArray(vc.type) ? vc.type : [];
    const id = typeof vc.id === 'string' ? /^urn:uuid:([0-9a-f-]{36})$/i.exec(vc.id)?.[1] : undefined;
    if (!types.includes('OpenBadgeCredential') || !id) return { ok: false, problem: 'MALFORMED' };
    if (payload.iss !== issuerId(origin) && !String(payload.iss).endsWith('/api/credentials/issuer'))
      return { ok: false, problem: 'NOT_ISSUED_HERE' };
    return { ok: true, credential: vc, certificateId: id.toLowerCase() };
  } catch (e) {
    if (e instanceof joseErrors.JWSSignatureVerificationFailed)
      return { ok: false, problem: 'SIGNATURE_INVALID' };
    if (e instanceof joseErrors.JOSEError) return { ok: false, problem: 'SIGNATURE_INVALID' };
    return { ok: false, problem: 'MALFORMED' };
  }
}

/** The file a learner downloads: a W3C enveloped credential holding the signed JWT. */
export function credentialFile(jwt: string) {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: 'EnvelopedVerifiableCredential',
    id: `data:application/vc+jwt,${jwt}`,
  };
}
