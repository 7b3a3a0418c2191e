import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DiffLine, diffLines, diffStats, foldUnchanged } from './line-diff';

interface SourceDiffProps {
  /** The published source; null for a module never published (everything is new). */
  before: string | null;
  after: string;
  version: number | null;
}

/** Unified line diff of the published source and the draft; long unchanged runs fold away. */
export function SourceDiff({ before, after, version }: SourceDiffProps) {
  const { t } = useTranslation('content');
  const lines = useMemo(() => diffLines(before ?? '', after), [before, after]);
  const stats = useMemo(() => diffStats(lines), [lines]);
  const chunks = useMemo(() => foldUnchanged(lines), [lines]);
  const [showAll, setShowAll] = useState(false);
  const [unfolded, setUnfolded] = useState<ReadonlySet<number>>(() => new Set());
  const changed = stats.added + stats.removed > 0;

  return (
    <section className="diff" aria-labelledby="diff-title">
      <div className="diff__head">
        <h3 id="diff-title" className="diff__title">
          {before === null ? t('review.diffTitleNew') : t('review.diffTitle', { version })}
        </h3>
        <p className="diff__stats">
          <span className="diff__stat diff__stat--added">
            {t('review.statsAdded', { count: stats.added })}
          </span>
          <span className="diff__stat diff__stat--removed">
            {t('review.statsRemoved', { count: stats.removed })}
          </span>
        </p>
        {changed ? (
          <button
            type="button"
            className="button button--ghost button--small"
            aria-pressed={showAll}
            onClick={() => setShowAll((value) => !value)}
          >
            {showAll ? t('review.showChanges') : t('review.showAll')}
          </button>
        ) : null}
      </div>
      {!changed ? (
        <p className="muted">{t('review.noChanges')}</p>
      ) : (
        <div className="diff__scroll">
          <table className="diff__table">
            <caption className="visually-hidden">{t('review.diffCaption')}</caption>
            <thead className="visually-hidden">
              <tr>
                <th scope="col">{t('review.oldLine')}</th>
                <th scope="col">{t('review.newLine')}</th>
                <th scope="col">{t('review.change')}</th>
                <th scope="col">{t('review.text')}</th>
              </tr>
            </thead>
            <tbody>
              {chunks.map((chunk, index) =>
                chunk.kind === 'folded' && !showAll && !unfolded.has(index) ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: chunks are positional and never reorder
                  <tr key={index} className="diff__fold">
                    <td colSpan={4}>
                      <button
                        type="button"
                        className="diff__unfold"
                        onClick={() => setUnfolded((current) => new Set(current).add(index))}
                      >
                        {t('review.showFolded', { count: chunk.lines.length })}
                      </button>
                    </td>
                  </tr>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: chunks are positional and never reorder
                  <Fragment key={index}>
                    {chunk.lines.map((line) => (
                      <DiffRow key={rowKey(line)} line={line} />
                    ))}
                  </Fragment>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function rowKey(line: DiffLine): string {
  if (line.kind === 'same') return `s${line.oldLine}-${line.newLine}`;
  return line.kind === 'added' ? `a${line.newLine}` : `r${line.oldLine}`;
}

function DiffRow({ line }: { line: DiffLine }) {
  const { t } = useTranslation('content');
  const sign = line.kind === 'added' ? '+' : line.kind === 'removed' ? '−' : '';
  return (
    <tr className={`diff__row diff__row--${line.kind}`}>
      <td className="diff__num">{line.kind !== 'added' ? line.oldLine : ''}</td>
      <td className="diff__num">{line.kind !== 'removed' ? line.newLine : ''}</td>
      <td className="diff__sign" aria-hidden="true">
        {sign}
      </td>
      <td className="diff__text">
        {line.kind === 'same' ? null : (
          <span className="visually-hidden">
            {t(line.kind === 'added' ? 'review.added' : 'review.removed')}{' '}
          </span>
        )}
        {line.text || '\u00a0'}
      </td>
    </tr>
  );
}
