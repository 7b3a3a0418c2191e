import { useTranslation } from 'react-i18next';

/**
 * "Tải Excel" / "Tải CSV": plain download links to the same query as the table shown. `context`
 * names the table for screen readers when a page has several ("– Theo xã/phường").
 */
export function ExportLinks({
  href,
  context,
}: {
  href: (format: 'csv' | 'xlsx') => string;
  context?: string;
}) {
  const { t } = useTranslation();
  return (
    <ul
      className="export-links"
      aria-label={context ? `${t('export.label')}: ${context}` : t('export.label')}
    >
      {(['xlsx', 'csv'] as const).map((format) => (
        <li key={format}>
          <a
            className="button button--secondary button--small"
            href={href(format)}
            title={t(`export.${format}Title`)}
            download
          >
            {t(`export.${format}`)}
            {context ? <span className="visually-hidden"> – {context}</span> : null}
          </a>
        </li>
      ))}
    </ul>
  );
}
