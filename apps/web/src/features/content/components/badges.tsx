import { useTranslation } from 'react-i18next';
import type { DraftStatus, VerificationStatus } from '../api/types';

/** Reviewers must see at a glance which framework items are still unchecked drafts. */
export function VerificationBadge({ status }: { status: VerificationStatus | undefined }) {
  const { t } = useTranslation('content');
  if (status !== 'draft') return null;
  return <span className="badge badge--draft">{t('badge.draftItem')}</span>;
}

export function SourceBadge({ verified }: { verified: boolean }) {
  const { t } = useTranslation('content');
  return verified ? (
    <span className="badge badge--verified">{t('badge.sourceVerified')}</span>
  ) : (
    <span className="badge badge--draft">{t('badge.sourceUnverified')}</span>
  );
}

/** A module's workflow state: its draft's status, else published or not yet published. */
export function ModuleStatusBadge({ status, published }: { status: DraftStatus | null; published: boolean }) {
  const { t } = useTranslation('content');
  const key = status ?? (published ? 'published' : 'new');
  return <span className={`badge badge--status-${key}`}>{t(`status.${key}`)}</span>;
}
