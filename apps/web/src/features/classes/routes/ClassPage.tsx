// A class's page for its trainer (and the officers of its place): the code, link, QR and poster
// to bring people in, then the dashboard in tabs — overview with each member's progress,
// questions to re-teach, sessions with check-in QR and attendance, requests to approve,
// enrolment from the roster, announcements.
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Tabs } from '../../../components/ui/Tabs';
import { formatNumber } from '../../../lib/format';
import { dashboardQueryOptions } from '../api/get-dashboard';
import { AnnouncementsPanel } from '../components/AnnouncementsPanel';
import { ClassHeader } from '../components/ClassHeader';
import { ClassStatusButton } from '../components/ClassStatusButton';
import { EnrolPanel } from '../components/EnrolPanel';
import { OverviewPanel } from '../components/OverviewPanel';
import { PendingPanel } from '../components/PendingPanel';
import { QuestionsPanel } from '../components/QuestionsPanel';
import { SessionsPanel } from '../components/SessionsPanel';
import '../classes.css';

type Tab = 'overview' | 'questions' | 'sessions' | 'pending' | 'enrol' | 'announcements';

export function ClassPage() {
  const { t } = useTranslation('classes');
  const { classId } = useParams({ from: '/_console/classes/$classId' });
  const dashboard = useQuery(dashboardQueryOptions(classId));
  const [tab, setTab] = useState<Tab>('overview');

  if (dashboard.isPending) return <Loading />;
  if (dashboard.isError)
    return (
      <>
        <PageHeader title={t('title')} />
        <ErrorAlert error={dashboard.error} />
        <p>
          <Link to="/classes">{t('page.back')}</Link>
        </p>
      </>
    );
  const d = dashboard.data;
  const c = d.class;
  const pending = d.summary.pending;
  const tabs: { key: Tab; label: string }[] = [
    { key: 'overview', label: t('tabs.overview') },
    { key: 'questions', label: t('tabs.questions') },
    { key: 'sessions', label: t('tabs.sessions') },
    ...(c.closed || pending
      ? [
          {
            key: 'pending' as const,
            label: pending ? t('tabs.pendingCount', { value: formatNumber(pending) }) : t('tabs.pending'),
          },
        ]
      : []),
    ...(c.canManage ? [{ key: 'enrol' as const, label: t('tabs.enrol') }] : []),
    { key: 'announcements', label: t('tabs.announcements') },
  ];
  const selected = tabs.some((x) => x.key === tab) ? tab : 'overview';

  return (
    <div className="classes-page">
      <nav aria-label={t('page.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/classes">{t('title')}</Link>
          </li>
          <li aria-current="page">{c.title}</li>
        </ol>
      </nav>
      <PageHeader
        title={c.title}
        subtitle={
          <>
            <span className={`tag classes-status classes-status--${c.status}`}>
              {t(`status.${c.status}`)}
            </span>{' '}
            {c.description}
          </>
        }
        actions={<ClassStatusButton c={c} />}
      />
      <ClassHeader c={c} />
      <Tabs label={t('tabs.label')} tabs={tabs} selected={selected} onSelect={setTab}>
        {selected === 'overview' ? (
          <OverviewPanel dashboard={d} />
        ) : selected === 'questions' ? (
          <QuestionsPanel questions={d.questions} />
        ) : selected === 'sessions' ? (
          <SessionsPanel c={c} />
        ) : selected === 'pending' ? (
          <PendingPanel classId={c.id} />
        ) : selected === 'enrol' ? (
          <EnrolPanel classId={c.id} unitName={c.unitName} />
        ) : (
          <AnnouncementsPanel classId={c.id} announcements={d.announcements} canPost={c.canManage} />
        )}
      </Tabs>
    </div>
  );
}
