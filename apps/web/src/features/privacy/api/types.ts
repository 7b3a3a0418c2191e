// Wire shapes of the privacy API (docs/privacy.md): the notice, my consents, erasure requests.

export type PurposeCode = 'learning' | 'campaign_statistics' | 'reminders' | (string & {});

export interface NoticePurpose {
  code: PurposeCode;
  required: boolean;
}

export interface PrivacyNotice {
  version: string;
  purposes: NoticePurpose[];
}

export interface Consent {
  purpose: PurposeCode;
  version: string;
  grantedAt: string;
  withdrawnAt: string | null;
}

export type ErasureStatus = 'pending' | 'completed' | 'rejected' | 'cancelled';
export const ERASURE_STATUSES: readonly ErasureStatus[] = ['pending', 'completed', 'rejected', 'cancelled'];

export interface ErasureRequest {
  id: string;
  status: ErasureStatus;
  requestedAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
}

export interface MyPrivacy {
  noticeVersion: string;
  consents: Consent[];
  erasureRequest: ErasureRequest | null;
}

/** A row of the officers' list: the request with who, where and who decided. */
export interface ErasureRequestRow extends ErasureRequest {
  personId: string;
  /** Null once the person's data is erased. */
  personName: string | null;
  unitId: number | null;
  unitName: string | null;
  reason: string | null;
  requestedBy: 'self' | 'officer';
  decidedByName: string | null;
}

export interface ConsentInput {
  version: string;
  purposes: string[];
}
