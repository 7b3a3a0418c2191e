// Wire shapes of the catalogue (frameworks) and the authoring workflow, as the server sends them.

export type FrameworkKind = 'official' | 'programme' | 'reference';
export type VerificationStatus = 'verified' | 'draft';

export interface FrameworkSource {
  title?: string;
  number?: string;
  issuer?: string;
  /** 'YYYY-MM-DD', or only a year for some reference frameworks. */
  date?: string;
  url?: string;
  verified: boolean;
  note?: string;
}

export interface FrameworkSummary {
  id: string;
  version: string;
  name: string;
  nameEn: string | null;
  kind: FrameworkKind;
  source: FrameworkSource;
}

export interface FrameworkLevel {
  code: string;
  name: string;
  tier?: string;
  description?: string;
}

export interface AttainmentRule {
  targetGroup: string;
  competences: string[];
  questions: number;
  passScore: number;
  status: VerificationStatus;
  note?: string;
}

export interface LevelOutcomes {
  outcomes: string[];
  status?: VerificationStatus;
}

export interface Competence {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  status: VerificationStatus;
  description: string | null;
  descriptors: {
    knowledge?: string[];
    skills?: string[];
    attitudes?: string[];
    levels?: Record<string, LevelOutcomes>;
  } | null;
  equivalents: string[];
}

export interface FrameworkArea {
  code: string;
  name: string;
  nameEn: string | null;
  status: VerificationStatus;
  competences: Competence[];
}

export interface Framework extends FrameworkSummary {
  levels: FrameworkLevel[] | null;
  attainment: AttainmentRule[] | null;
  areas: FrameworkArea[];
}

export type DraftStatus = 'draft' | 'in_review' | 'rejected';
export const DRAFT_STATUSES: readonly DraftStatus[] = ['in_review', 'draft', 'rejected'];

export interface AuthoringModuleSummary {
  id: string;
  title: string | null;
  version: number | null;
  packId: string | null;
  draftStatus: DraftStatus | null;
  draftUpdatedAt: string | null;
}

export interface ModuleDraft {
  source: string;
  status: DraftStatus;
  authorAccountId: string;
  reviewNote: string | null;
  updatedAt: string;
}

export interface AuthoringModule {
  id: string;
  title: string | null;
  version: number | null;
  publishedSource: string | null;
  draft: ModuleDraft | null;
}

export type ReviewInput = { decision: 'approve' } | { decision: 'reject'; note: string };
