import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

// On phones the filters would push the results below the fold, so they fold behind a toggle;
// from 48rem up the toggle is hidden and the filters are always shown (see components.css).

export function FilterPanel({ activeCount, children }: { activeCount: number; children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(activeCount > 0);
  return (
    <div className={open ? 'filter-panel filter-panel--open' : 'filter-panel'}>
      <button
        type="button"
        className="button button--ghost filter-panel__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
      >
        {t('filters.toggle')}
        {activeCount > 0 ? (
          <span className="filter-panel__count">{t('filters.active', { count: activeCount })}</span>
        ) : null}
        <span aria-hidden="true">{open ? '▲' : '▼'}</span>
      </button>
      <div id={id} className="filter-panel__body">
        {children}
      </div>
    </div>
  );
}
