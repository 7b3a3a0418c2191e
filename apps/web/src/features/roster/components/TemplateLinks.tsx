import { useTranslation } from 'react-i18next';
import { templateHref } from '../api/download-template';
import type { ImportKind } from '../api/types';

/** Step 2: the kind's template, as Excel (with its guide sheet) or CSV. */
export function TemplateLinks({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation('roster');
  return (
    <section className="card" aria-labelledby="import-template-title">
      <h2 id="import-template-title" className="section-title">
        {t('template.title')}
      </h2>
      <p>{t('template.intro')}</p>
      <p className="muted">{t(`hints.${kind}`)}</p>
      <div className="import-result__actions">
        <a className="button button--secondary" href={templateHref(kind, 'xlsx')} download>
          {t('template.xlsx')}
        </a>
        <a className="button button--secondary" href={templateHref(kind, 'csv')} download>
          {t('template.csv')}
        </a>
      </div>
    </section>
  );
}
