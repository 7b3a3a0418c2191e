// The revocation status list (W3C Bitstring Status List): one bit per certificate number, set when
// revoked; gzip-compressed and base64url-encoded with the multibase "u" prefix. Served as a
// BitstringStatusListCredential, signed like the certificates.
import { gzipSync } from 'node:zlib';
import { STATUS_LIST_SIZE } from './credential.ts';

export function encodeStatusList(revokedIndexes: number[]): string {
  const bits = Buffer.alloc(STATUS_LIST_SIZE / 8);
  for (const i of revokedIndexes) {
    if (i < 0 || i >= STATUS_LIST_SIZE) continue;
    // Index 0 is the left-most (most significant) bit of the first byte.
    bits[i >> 3] = (bits[i >> 3] as number) | (0x80 >> (i & 7));
  }
  return `u${gzipSync(bits).toString('base64url')}`;
}

export function statusListCredential(
  origin: string,
  listId: number,
  issuer: { id: string; name: string },
  encodedList: string,
) {
  const id = `${origin}/api/credentials/status/${listId}`;
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: { id: issuer.id, type: ['Profile'], name: issuer.name },
    validFrom: new Date().toISOString(),
    credentialSubject: {
      id: `${id}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList,
    },
  };
}
