// "Lớp học": a trainer's own classes (officers: every class of their places), searched and filtered,
// and the form that opens a new one. A new class opens its page at once.
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Pagination } from '../../../components/ui/Pagination';
import { SearchBox } from '../../../components/ui/SearchBox';
import { SelectField } from '../../../components/ui/SelectField';
import { formatNumber } from '../../../lib/format';
import { hasPermission, useSession } from '../../../lib/session';
import { classesQueryOptions } from '../api/list-classes';
import type { ClassKind, ClassMode, ClassStatus } from '../api/types';
import { ClassesTable } from '../components/ClassesTable';
import { ClassForm } from '../components/ClassForm';
import { KINDS, MODES, optionsOf, STATUSES } from '../components/labels';
import '../classes.css';

const PAGE_SIZE = 20;

export function ClassesPage() {
  const { t } = useTranslation('classes');
  const session = useSession();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<ClassStatus | ''>('open');
  const [mode, setMode] = useState<ClassMode | ''>('');
  const [kind, setKind] = useState<ClassKind | ''>('');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const list = useQuery(
    classesQueryOptions({
      q: q || undefined,
      status: status || undefined,
      mode: mode || undefined,
      kind: kind || undefined,
      page,
      pageSize: PAGE_SIZE,
    }),
  );
  const canOpen = hasPermission(session, 'classes.teach') || hasPermission(session, 'classes.manage');
  const filter =
    <T,>(setter: (v: T) => void) =>
    (v: T) => {
      setter(v);
      setPage(1);
    };

  return (
    <div className="classes-page">
      <PageHeader
        title={t('title')}
        subtitle={t(hasPermission(session, 'classes.manage') ? 'subtitleOfficer' : 'subtitle')}
        actions={
          canOpen && !creating ? (
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              {t('list.create')}
            </button>
          ) : null
        }
      />
      {creating ? (
        <ClassForm
          onCancel={() => setCreating(false)}
          onCreated={(c) => void navigate({ to: '/classes/$classId', params: { classId: c.id } })}
        />
      ) : null}
      <div className="classes-toolbar">
        <SearchBox
          label={t('list.search')}
          value={q}
          onSearch={filter(setQ)}
          placeholder={t('list.searchHint')}
        />
        <SelectField
          label={t('list.status')}
          value={status}
          onValueChange={(v) => filter(setStatus)(v as ClassStatus | '')}
          placeholder={t('list.all')}
          options={optionsOf(t, 'status', STATUSES)}
        />
        <SelectField
          label={t('list.mode')}
          value={mode}
          onValueChange={(v) => filter(setMode)(v as ClassMode | '')}
          placeholder={t('list.all')}
          options={optionsOf(t, 'mode', MODES)}
        />
        <SelectField
          label={t('list.kind')}
          value={kind}
          onValueChange={(v) => filter(setKind)(v as ClassKind | '')}
          placeholder={t('list.all')}
          options={optionsOf(t, 'kind', KINDS)}
        />
      </div>
      {list.isPending ? <Loading /> : null}
      <ErrorAlert error={list.error} />
      {list.data ? (
        <>
          <p className="list-total" aria-live="polite">
            {t('list.total', { count: list.data.total, value: formatNumber(list.data.total) })}
          </p>
          <ClassesTable items={list.data.items} />
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onPageChange={setPage} />
        </>
      ) : null}
    </div>
  );
}
