import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../lib/format';

interface FinishScreenProps {
  score: number;
  mastered: boolean;
  threshold: number;
  hasQuestions: boolean;
  onRetryQuestions: () => void;
  onRestart: () => void;
}

export function FinishScreen({
  score,
  mastered,
  threshold,
  hasQuestions,
  onRetryQuestions,
  onRestart,
}: FinishScreenProps) {
  const { t } = useTranslation('learn');
  return (
    <div className="finish">
      <h2 className="learn-block-title finish__title">{t('finish.title')}</h2>
      {hasQuestions ? (
        <p className="finish__score">
          <span className="finish__score-label">{t('finish.score')}</span>
          <span className="finish__score-value">{formatPercent(score)}</span>
        </p>
      ) : null}
      {mastered ? (
        <div className="celebration">
          <p className="celebration__title">
            <span className="celebration__star" aria-hidden="true">
              ★
            </span>
            {t('player.masteredTitle')}
          </p>
          <p>{t('finish.masteredBody')}</p>
        </div>
      ) : hasQuestions ? (
        <p className="finish__todo">{t('finish.notMastered', { threshold: formatPercent(threshold) })}</p>
      ) : null}
      <div className="finish__actions">
        <Link to="/learn" className="button button--primary button--block button--huge">
          {t('finish.home')}
        </Link>
        {!mastered && hasQuestions ? (
          <button type="button" className="button button--secondary button--block" onClick={onRetryQuestions}>
            {t('finish.retryQuestions')}
          </button>
        ) : null}
        <button type="button" className="button button--ghost button--block" onClick={onRestart}>
          {t('finish.restart')}
        </button>
      </div>
    </div>
  );
}
