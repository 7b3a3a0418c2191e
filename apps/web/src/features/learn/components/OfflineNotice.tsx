import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { queueStatus, subscribeQueue } from '../api/statement-queue';

/**
 * Tells the learner, while the server cannot be reached, that what they do is kept on this phone
 * and will be sent by itself later — so they keep learning instead of worrying or closing the app.
 */
export function OfflineNotice({ personId }: { personId: string }) {
  const { t } = useTranslation('learn');
  const status = useSyncExternalStore(subscribeQueue, () => queueStatus(personId));
  const waiting = status.answers + status.statements;
  if (!status.offline || waiting === 0) return null;
  return (
    <Alert tone="info">
      <strong>{t('offline.title')}</strong> {t('offline.body', { count: waiting })}
    </Alert>
  );
}
