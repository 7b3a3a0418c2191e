import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { frameworksQueryOptions } from '../api/list-frameworks';
import { SourceBadge } from '../components/badges';
import { localizedName } from '../components/localized';

export function FrameworksPage() {
  const { t, i18n } = useTranslation('content');
  const list = useQuery(frameworksQueryOptions);
  const language = i18n.resolvedLanguage ?? 'vi';

  return (
    <>
      <PageHeader title={t('frameworks.title')} subtitle={t('frameworks.subtitle')} />
      {list.isPending ? <Loading /> : null}
      <ErrorAlert error={list.error} />
      {list.data && list.data.items.length === 0 ? <p className="empty">{t('frameworks.empty')}</p> : null}
      {list.data?.items.length ? (
        <ul className="framework-cards">
          {list.data.items.map((framework) => {
            const name = localizedName(framework.name, framework.nameEn, language);
            return (
              <li key={framework.id}>
                <Link
                  to="/content/frameworks/$frameworkId"
                  params={{ frameworkId: framework.id }}
                  className="framework-card"
                >
                  <span className="framework-card__title">{name}</span>
                  <span className="framework-card__meta">
                    <span className="badge badge--kind">{t(`kind.${framework.kind}`)}</span>
                    <SourceBadge verified={framework.source.verified} />
                  </span>
                  <span className="framework-card__source">
                    {[framework.source.number, framework.source.issuer].filter(Boolean).join(' · ')}
                  </span>
                  <span className="framework-card__id">
                    <span className="mono">{framework.id}</span> ·{' '}
                    {t('frameworks.version', { version: framework.version })}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      ) : null}
    </>
  );
}
