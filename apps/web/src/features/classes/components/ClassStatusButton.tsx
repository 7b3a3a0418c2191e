// "Kết thúc lớp" / "Mở lại lớp": the trainer closes a class when its course is over (it leaves the
// "Đang mở" list and takes no new learners), or opens it again. Asks first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import type { ClassView } from '../api/types';
import { useUpdateClass } from '../api/update-class';

export function ClassStatusButton({ c }: { c: ClassView }) {
  const { t } = useTranslation('classes');
  const update = useUpdateClass(c.id);
  const [confirming, setConfirming] = useState(false);
  if (!c.canManage || c.status === 'cancelled') return null;
  const next = c.status === 'open' ? 'finished' : 'open';
  return (
    <div className="classes-status-action">
      {confirming ? (
        <>
          <span>{t(`statusAction.${next}Confirm`)}</span>
          <button
            type="button"
            className="button button--primary button--small"
            disabled={update.isPending}
            onClick={() => update.mutate({ status: next }, { onSuccess: () => setConfirming(false) })}
          >
            {t('statusAction.yes')}
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setConfirming(false)}
          >
            {t('statusAction.no')}
          </button>
        </>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          {t(`statusAction.${next}`)}
        </button>
      )}
      <ErrorAlert error={update.error} />
    </div>
  );
}
