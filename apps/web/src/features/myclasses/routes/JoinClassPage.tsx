// /learn/join/<code> (the poster's QR, a shared link, or the code box): what the class is, then
// "Vào lớp". A closed class asks the trainer first; a full or unknown class says so plainly.
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { ApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { formatIsoDay } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { classByCodeQueryOptions } from '../api/get-class-by-code';
import { useJoinClass } from '../api/join-class';
import type { ClassPreview, JoinVia } from '../api/types';
import { formatWhen, normaliseCode } from '../components/when';
import '../myclasses.css';

export function JoinClassPage() {
  const { t } = useTranslation('myclasses');
  const { code: raw } = useParams({ from: '/learn/join/$code' });
  const code = normaliseCode(raw);
  const preview = useQuery(classByCodeQueryOptions(code));
  useDocumentTitle(t('join.title'));

  return (
    <div className="learn-stack myclasses-page">
      <header className="learn-hero">
        <h1 className="learn-hero__title">{t('join.title')}</h1>
        <p className="learn-hero__sub">{t('join.code', { code })}</p>
      </header>
      {preview.isPending ? <Loading /> : null}
      {preview.error ? (
        <Alert tone="error">
          {preview.error instanceof ApiError && preview.error.status === 404
            ? t('join.notFound', { code })
            : errorMessage(preview.error, t)}
        </Alert>
      ) : null}
      {preview.data ? <Preview c={preview.data} /> : null}
      <p className="learn-links">
        <Link to="/learn/classes">{t('join.myClasses')}</Link>
      </p>
    </div>
  );
}

function Preview({ c }: { c: ClassPreview }) {
  const { t } = useTranslation('myclasses');
  const join = useJoinClass();
  const search = useRouterState({ select: (s) => s.location.search as Record<string, unknown> });
  const via: JoinVia = search.via === 'code' || search.via === 'qr' ? search.via : 'link';
  const status = join.data?.status ?? (c.myStatus === 'none' || c.myStatus === 'removed' ? null : c.myStatus);

  return (
    <section className="learn-card myclass-preview" aria-labelledby="class-preview-title">
      <h2 id="class-preview-title" className="learn-section-title">
        {c.title}
      </h2>
      <dl className="myclass__facts">
        <div>
          <dt>{t('join.trainer')}</dt>
          <dd>{c.trainerName}</dd>
        </div>
        <div>
          <dt>{t('join.place')}</dt>
          <dd>{[c.venue, c.unitName].filter(Boolean).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('join.mode')}</dt>
          <dd>{t(`mode.${c.mode}`)}</dd>
        </div>
        <div>
          <dt>{t('join.next')}</dt>
          <dd>
            {c.nextSession
              ? formatWhen(c.nextSession.startsAt)
              : t('join.startsOn', { day: formatIsoDay(c.startsOn) })}
          </dd>
        </div>
      </dl>
      {status === 'active' ? (
        <>
          <Alert tone="success">{t('join.joined')}</Alert>
          <Link to="/learn/classes" className="button button--primary button--block">
            {t('join.toMyClasses')}
          </Link>
        </>
      ) : status === 'pending' ? (
        <Alert tone="info">{t('join.pending')}</Alert>
      ) : c.full ? (
        <Alert tone="error">{t('join.full')}</Alert>
      ) : (
        <>
          {c.closed ? <p className="myclass__pending">{t('join.closedNote')}</p> : null}
          <button
            type="button"
            className="button button--primary button--block button--huge"
            disabled={join.isPending}
            onClick={() => join.mutate({ code: c.code, via })}
          >
            {c.closed ? t('join.ask') : t('join.submit')}
          </button>
        </>
      )}
      {join.error ? (
        <Alert tone="error">
          {join.error instanceof ApiError && join.error.code === 'CLASS_FULL'
            ? t('join.full')
            : join.error instanceof ApiError && join.error.code === 'CLASS_NOT_OPEN'
              ? t('join.notOpen')
              : errorMessage(join.error, t)}
        </Alert>
      ) : null}
    </section>
  );
}
