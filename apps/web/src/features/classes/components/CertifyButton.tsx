// "Chứng nhận giảng viên" for a member of a ToT class who completed it (courses done, every held
// in-person session attended): enters them in the trainers' register as the next generation.
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { useCertifyTrainer } from '../api/certify-trainer';
import type { DashboardMember } from '../api/types';

export function CertifyButton({ classId, member: m }: { classId: string; member: DashboardMember }) {
  const { t } = useTranslation('classes');
  const certify = useCertifyTrainer(classId);
  const error = certify.error;
  const already = error instanceof ApiError && error.code === 'ALREADY_TRAINER';
  if (m.certifiedTrainer || certify.isSuccess || already)
    return <span className="tag classes-tag--done classes-certified">{t('certify.done')}</span>;
  if (!m.eligibleForTrainer) return <span className="muted">{t('certify.notYet')}</span>;
  return (
    <div className="classes-certify">
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={certify.isPending}
        onClick={() => certify.mutate(m.personId)}
        aria-label={t('certify.actionNamed', { name: m.name })}
      >
        {t('certify.action')}
      </button>
      {error ? (
        <p className="field__error" role="alert">
          {error instanceof ApiError && error.code === 'TOT_NOT_ELIGIBLE'
            ? t('certify.notEligible')
            : errorMessage(error, t)}
        </p>
      ) : null}
    </div>
  );
}
