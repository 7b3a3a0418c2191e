// Consent under Law 91/2025/QH15: a person agrees to the notice's purposes (by code) of one notice
// version; every grant is a row (purpose, version, time, channel, IP) kept as proof, a withdrawal
// stamps it. The required purposes cannot be withdrawn while the person keeps an account: leaving
// them is an erasure request.
import type { Db } from '../../db/client.ts';
import { AppError, errors } from '../../errors.ts';
import { iso } from '../../lib/http.ts';
import { NOTICE_VERSION, noticePurposes, purposeCodes, requiredPurposes } from './privacy.catalog.ts';
import * as repo from './privacy.repository.ts';
import type { ConsentInputT } from './privacy.schemas.ts';

export const consentRequired = () => new AppError(400, 'CONSENT_REQUIRED');

export function notice() {
  return {
    version: NOTICE_VERSION,
    purposes: noticePurposes.map((p) => ({ code: p.code, required: p.required })),
  };
}

/**
 * Checks a consent against the current notice: its version, every required purpose, no unknown
 * purpose. Returns the purposes granted.
 */
export function checkConsent(input: ConsentInputT | undefined | null): string[] {
  if (!input || input.version !== NOTICE_VERSION) throw consentRequired();
  const unknown = input.purposes.filter((p) => !(purposeCodes as string[]).includes(p));
  if (unknown.length)
    throw errors.validation([
      {
        path: 'consent.purposes',
        message: `Mục đích không có trong thông báo|Unknown purpose: ${unknown.join(', ')}`,
      },
    ]);
  if (requiredPurposes.some((p) => !input.purposes.includes(p))) throw consentRequired();
  return input.purposes;
}

export type ConsentChannel = 'self_registration' | 'self_service';

/** Records the grant of these purposes under the current notice (registration, first sign-in). */
export async function recordConsents(
  db: Db,
  personId: string,
  purposes: string[],
  channel: ConsentChannel,
  ip: string | null,
) {
  await repo.insertConsents(
    db,
    purposes.map((purpose) => ({ personId, purpose, version: NOTICE_VERSION, channel, ip })),
  );
}

/**
 * Brings the person's consents to `input`: purposes not yet granted under the current version are
 * granted, live grants of purposes left out are withdrawn (required ones cannot be: checkConsent).
 */
export async function updateConsents(db: Db, personId: string, input: ConsentInputT, ip: string | null) {
  const wanted = checkConsent(input);
  const rows = await repo.listConsents(db, personId);
  const live = rows.filter((r) => !r.withdrawnAt);
  const grant = wanted.filter((p) => !live.some((r) => r.purpose === p && r.version === NOTICE_VERSION));
  const withdraw = [...new Set(live.map((r) => r.purpose))].filter((p) => !wanted.includes(p));
  await db.transaction(async (tx) => {
    await repo.withdrawConsents(tx as Db, personId, withdraw, new Date());
    await recordConsents(tx as Db, personId, grant, 'self_service', ip);
  });
}

export function presentErasureRequestBrief(r: repo.ErasureRequestRow) {
  return {
    id: r.id,
    status: r.status as 'pending' | 'completed' | 'rejected' | 'cancelled',
    requestedAt: iso(r.requestedAt),
    decidedAt: r.decidedAt ? iso(r.decidedAt) : null,
    decisionNote: r.decisionNote,
  };
}

/** GET /api/me/privacy: the notice version, every consent row (history) and the latest request. */
export async function myPrivacy(db: Db, personId: string) {
  const [rows, request] = await Promise.all([
    repo.listConsents(db, personId),
    repo.latestErasureRequest(db, personId),
  ]);
  return {
    noticeVersion: NOTICE_VERSION,
    consents: rows.map((r) => ({
      purpose: r.purpose,
      version: r.version,
      grantedAt: iso(r.grantedAt),
      withdrawnAt: r.withdrawnAt ? iso(r.withdrawnAt) : null,
    })),
    erasureRequest: request ? presentErasureRequestBrief(request) : null,
  };
}
