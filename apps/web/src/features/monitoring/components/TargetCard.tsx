// One target at a glance: the share reached against the target, a bar with the target and the
// plan-to-date marked (and said in words), the status, the counts and where the total comes from.
import { useTranslation } from 'react-i18next';
import { StatusText } from '../../../components/charts/StatusLegend';
import { STATUS_COLORS } from '../../../components/charts/status';
import { formatIsoDay, formatPercent } from '../../../lib/format';
import type { TargetOverview } from '../api/types';
import { figuresText, sourceText, targetTitle } from './labels';

const clampShare = (share: number) => `${Math.max(0, Math.min(1, share)) * 100}%`;

export function TargetProgress({ target }: { target: TargetOverview }) {
  const { t } = useTranslation('monitoring');
  return (
    <div className="target-progress">
      <div className="target-progress__bar" aria-hidden="true">
        <span
          className="target-progress__fill"
          style={{ width: clampShare(target.value ?? 0), backgroundColor: STATUS_COLORS[target.status] }}
        />
        <span className="target-progress__expected" style={{ left: clampShare(target.expected) }} />
        <span className="target-progress__target" style={{ left: clampShare(target.targetShare) }} />
      </div>
      <p className="target-progress__note">
        {t('targets.markers', {
          target: formatPercent(target.targetShare),
          expected: formatPercent(target.expected),
        })}
      </p>
    </div>
  );
}

export function TargetCard({
  target,
  selected,
  onSelect,
}: {
  target: TargetOverview;
  selected: boolean;
  onSelect: () => void;
}) {
  const { t, i18n } = useTranslation('monitoring');
  const titleId = `target-${target.id}-title`;
  return (
    <article
      className={`target-card${selected ? ' target-card--selected' : ''}`}
      aria-labelledby={titleId}
      data-target={target.code}
    >
      <h3 className="target-card__heading" id={titleId}>
        <span className="target-card__code">{t('targets.code', { code: target.code })}</span>
        <span className="target-card__title">{targetTitle(target, i18n.language)}</span>
      </h3>
      <p className="target-card__figure">
        {target.value === null ? (
          <span className="target-card__value target-card__value--none">{t('targets.noValue')}</span>
        ) : (
          <span className="target-card__value">{formatPercent(target.value)}</span>
        )}
        <span className="target-card__goal">
          {t('targets.goal', { value: formatPercent(target.targetShare) })}
        </span>
      </p>
      <TargetProgress target={target} />
      <p className="target-card__status">
        <StatusText status={target.status} />
      </p>
      <dl className="target-card__facts">
        <div>
          <dt>{t('targets.achievedLabel')}</dt>
          <dd>{figuresText(t, target, target.subject)}</dd>
        </div>
        <div>
          <dt>{t('targets.sourceLabel')}</dt>
          <dd>{sourceText(t, target.populationSource)}</dd>
        </div>
        <div>
          <dt>{t('targets.dueLabel')}</dt>
          <dd>{formatIsoDay(target.dueOn)}</dd>
        </div>
      </dl>
      <button
        type="button"
        className={`button button--small ${selected ? 'button--primary' : 'button--secondary'} target-card__select`}
        aria-pressed={selected}
        onClick={onSelect}
      >
        {t('targets.select')}
        <span className="visually-hidden"> {t('targets.selectFor', { code: target.code })}</span>
      </button>
      {selected ? (
        <span className="badge target-card__badge" aria-hidden="true">
          {t('targets.selected')}
        </span>
      ) : null}
    </article>
  );
}
