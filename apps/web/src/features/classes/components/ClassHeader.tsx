// The head of a class page: its code in big letters, the join link (copy), the join QR and the
// A4 poster to print, then the facts (place, venue, trainer, dates, capacity).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIsoDay, formatNumber } from '../../../lib/format';
import { joinQrUrl, posterUrl } from '../api/get-dashboard';
import type { ClassView } from '../api/types';
import { formatSessionTime } from './schedule';

export function ClassHeader({ c }: { c: ClassView }) {
  const { t } = useTranslation('classes');
  return (
    <section className="card classes-head" aria-labelledby="class-join-title">
      <div className="classes-head__join">
        <h2 id="class-join-title" className="section-title">
          {t('head.join')}
        </h2>
        <p className="classes-code">
          <span className="classes-code__label">{t('head.code')}</span>
          <span className="classes-code__value" data-testid="class-code">
            {c.code}
          </span>
        </p>
        <JoinLink url={c.joinUrl} />
        <p className="classes-head__actions">
          <a className="button button--secondary" href={posterUrl(c.id)} download={`lop-${c.code}.pdf`}>
            {t('head.poster')}
          </a>
          <a className="button button--ghost" href={joinQrUrl(c.id)} download={`qr-${c.code}.svg`}>
            {t('head.qrDownload')}
          </a>
        </p>
      </div>
      <img
        className="classes-head__qr"
        src={joinQrUrl(c.id)}
        alt={t('head.qrAlt', { code: c.code })}
        width={176}
        height={176}
      />
      <dl className="facts classes-head__facts">
        <div>
          <dt>{t('head.place')}</dt>
          <dd>{c.unitName}</dd>
        </div>
        {c.venue ? (
          <div>
            <dt>{c.venueKind ? t(`venueKind.${c.venueKind}`) : t('head.venue')}</dt>
            <dd>{c.venue}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('head.mode')}</dt>
          <dd>
            {t(`mode.${c.mode}`)}
            {c.kind === 'tot' ? ` · ${t('kind.tot')}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('head.trainer')}</dt>
          <dd>{c.trainer.name}</dd>
        </div>
        <div>
          <dt>{t('head.dates')}</dt>
          <dd>
            {c.endsOn
              ? t('head.fromTo', { from: formatIsoDay(c.startsOn), to: formatIsoDay(c.endsOn) })
              : t('head.from', { from: formatIsoDay(c.startsOn) })}
          </dd>
        </div>
        <div>
          <dt>{t('head.members')}</dt>
          <dd>
            {c.capacity
              ? t('head.membersOf', {
                  value: formatNumber(c.membersCount),
                  capacity: formatNumber(c.capacity),
                })
              : formatNumber(c.membersCount)}
            {c.closed ? ` · ${t('list.closed')}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('head.next')}</dt>
          <dd>{c.nextSession ? formatSessionTime(c.nextSession.startsAt) : t('list.noNext')}</dd>
        </div>
        <div className="classes-head__wide">
          <dt>{t('head.courses')}</dt>
          <dd>{c.courses.map((course) => course.title).join(', ')}</dd>
        </div>
      </dl>
    </section>
  );
}

function JoinLink({ url }: { url: string }) {
  const { t } = useTranslation('classes');
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      // No clipboard (an old browser, a page not served over HTTPS): the link is selectable.
      setCopied('no');
    }
  };
  return (
    <div className="classes-link">
      <label className="field__label" htmlFor="class-join-link">
        {t('head.link')}
      </label>
      <div className="classes-link__row">
        <input
          id="class-join-link"
          className="input"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          {t('head.copy')}
        </button>
      </div>
      <p className="field__hint" role="status">
        {copied === 'yes' ? t('head.copied') : copied === 'no' ? t('head.copyFailed') : ''}
      </p>
    </div>
  );
}
