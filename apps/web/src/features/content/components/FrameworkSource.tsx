import { useTranslation } from 'react-i18next';
import { formatIsoDay } from '../../../lib/format';
import type { FrameworkSource as Source } from '../api/types';
import { SourceBadge } from './badges';

/** Where the framework comes from, and whether its wording was checked against that text. */
export function FrameworkSource({ source }: { source: Source }) {
  const { t } = useTranslation('content');
  const rows: [string, string | undefined][] = [
    [t('framework.source.document'), source.title],
    [t('framework.source.number'), source.number],
    [t('framework.source.issuer'), source.issuer],
    [t('framework.source.date'), source.date ? formatIsoDay(source.date) || source.date : undefined],
  ];
  return (
    <section className="card framework-source" aria-labelledby="framework-source-title">
      <div className="framework-source__head">
        <h2 id="framework-source-title" className="section-title">
          {t('framework.source.title')}
        </h2>
        <SourceBadge verified={source.verified} />
      </div>
      {source.verified ? null : (
        <p className="framework-source__warning">{t('framework.source.unverifiedHint')}</p>
      )}
      <dl className="source-facts">
        {rows
          .filter((row): row is [string, string] => Boolean(row[1]))
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        {/* Only a web address becomes a link (never javascript: or data:). */}
        {source.url && /^https?:\/\//i.test(source.url) ? (
          <div>
            <dt>{t('framework.source.url')}</dt>
            <dd>
              <a href={source.url} target="_blank" rel="noopener noreferrer" className="source-facts__url">
                {t('framework.source.openUrl')}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      {source.note ? (
        <details className="framework-source__note">
          <summary>{t('framework.source.note')}</summary>
          <p>{source.note}</p>
        </details>
      ) : null}
    </section>
  );
}
