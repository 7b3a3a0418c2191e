// "Chờ duyệt": people who asked to join a closed class; the trainer lets them in or turns them down.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { membersQueryOptions } from '../api/list-members';
import { useMemberDecision } from '../api/manage-members';
import type { Member } from '../api/types';
import { formatSessionTime } from './schedule';

export function PendingPanel({ classId }: { classId: string }) {
  const { t } = useTranslation('classes');
  const pending = useQuery(membersQueryOptions(classId, 'pending'));
  return (
    <div className="classes-panel">
      <p className="muted">{t('pending.intro')}</p>
      {pending.isPending ? <Loading /> : null}
      <ErrorAlert error={pending.error} />
      {pending.data?.items.length === 0 ? <p className="empty">{t('pending.empty')}</p> : null}
      {pending.data?.items.length ? (
        <ul className="classes-people">
          {pending.data.items.map((m) => (
            <PendingRow key={m.personId} classId={classId} m={m} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function PendingRow({ classId, m }: { classId: string; m: Member }) {
  const { t } = useTranslation('classes');
  const decide = useMemberDecision(classId);
  return (
    <li className="classes-person">
      <div>
        <p className="classes-person__name">{m.name}</p>
        <p className="classes-person__meta">
          {[m.phoneMasked, t('pending.asked', { when: formatSessionTime(m.joinedAt) })]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </div>
      <div className="classes-person__actions">
        <button
          type="button"
          className="button button--primary button--small"
          disabled={decide.isPending}
          onClick={() => decide.mutate({ personId: m.personId, decision: 'approve' })}
          aria-label={t('pending.approveNamed', { name: m.name })}
        >
          {t('pending.approve')}
        </button>
        <button
          type="button"
          className="button button--ghost button--small"
          disabled={decide.isPending}
          onClick={() => decide.mutate({ personId: m.personId, decision: 'reject' })}
          aria-label={t('pending.rejectNamed', { name: m.name })}
        >
          {t('pending.reject')}
        </button>
      </div>
      <ErrorAlert error={decide.error} />
    </li>
  );
}
