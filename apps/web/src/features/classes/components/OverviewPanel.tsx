// "Tổng quan": the class in figures, then each member's progress with flags (inactive 7 days,
// stuck, completed), sortable and filterable, as a file too. ToT classes: certify members as trainers.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportLinks } from '../../../components/ui/ExportLinks';
import { SelectField } from '../../../components/ui/SelectField';
import { SortHeader } from '../../../components/ui/SortHeader';
import { formatDate, formatNumber, formatPercent } from '../../../lib/format';
import { membersFileUrl } from '../api/get-dashboard';
import type { Dashboard, DashboardMember, MemberFlag } from '../api/types';
import { CertifyButton } from './CertifyButton';

type Sort =
  | 'name'
  | '-name'
  | 'progress'
  | '-progress'
  | 'lastActive'
  | '-lastActive'
  | 'attended'
  | '-attended';
const FLAGS: MemberFlag[] = ['inactive', 'stuck', 'completed'];

const share = (m: DashboardMember) => (m.modulesTotal ? m.modulesDone / m.modulesTotal : 0);

function compare(sort: Sort): (a: DashboardMember, b: DashboardMember) => number {
  const key = sort.replace(/^-/, '');
  const sign = sort.startsWith('-') ? -1 : 1;
  return (a, b) => {
    const diff =
      key === 'progress'
        ? share(a) - share(b)
        : key === 'attended'
          ? a.attended - b.attended
          : key === 'lastActive'
            ? (a.lastActiveAt ?? '').localeCompare(b.lastActiveAt ?? '')
            : a.name.localeCompare(b.name, 'vi');
    return sign * diff || a.name.localeCompare(b.name, 'vi');
  };
}

export function OverviewPanel({ dashboard: d }: { dashboard: Dashboard }) {
  const { t } = useTranslation('classes');
  const [sort, setSort] = useState<Sort>('progress');
  const [flag, setFlag] = useState<MemberFlag | ''>('');
  const s = d.summary;
  const figures: [string, string][] = [
    ['members', formatNumber(s.members)],
    ['active7d', formatNumber(s.active7d)],
    ['completed', formatNumber(s.completed)],
    ['stuck', formatNumber(s.stuck)],
    ['inactive', formatNumber(s.inactive)],
    ['pending', formatNumber(s.pending)],
    ['averageProgress', formatPercent(s.averageProgress)],
  ];
  const rows = d.members.filter((m) => !flag || m.flags.includes(flag)).sort(compare(sort));
  const tot = d.class.kind === 'tot';

  return (
    <div className="classes-panel">
      <dl className="classes-figures" aria-label={t('overview.figures')}>
        {figures.map(([key, value]) => (
          <div key={key} className={`classes-figure classes-figure--${key}`}>
            <dt>{t(`overview.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t('overview.rules')}</p>
      <div className="classes-toolbar">
        <SelectField
          label={t('overview.filter')}
          value={flag}
          onValueChange={(v) => setFlag(v as MemberFlag | '')}
          placeholder={t('overview.filterAll')}
          options={FLAGS.map((f) => ({ value: f, label: t(`flag.${f}`) }))}
        />
        <ExportLinks href={(format) => membersFileUrl(d.class.id, format)} context={t('overview.members')} />
      </div>
      {rows.length === 0 ? (
        <p className="empty">{d.members.length ? t('overview.noneFiltered') : t('overview.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--cards">
            <caption className="visually-hidden">{t('overview.members')}</caption>
            <thead>
              <tr>
                <SortHeader label={t('overview.name')} field="name" sort={sort} onSort={setSort} />
                <SortHeader label={t('overview.progress')} field="progress" sort={sort} onSort={setSort} />
                <SortHeader
                  label={t('overview.lastActive')}
                  field="lastActive"
                  sort={sort}
                  onSort={setSort}
                />
                <SortHeader label={t('overview.attended')} field="attended" sort={sort} onSort={setSort} />
                <th scope="col">{t('overview.flags')}</th>
                {tot ? <th scope="col">{t('overview.trainer')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <MemberRow key={m.personId} m={m} classId={d.class.id} tot={tot} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function MemberRow({ m, classId, tot }: { m: DashboardMember; classId: string; tot: boolean }) {
  const { t } = useTranslation('classes');
  const progressText = t('overview.modules', {
    done: formatNumber(m.modulesDone),
    total: formatNumber(m.modulesTotal),
  });
  return (
    <tr>
      <td className="table__primary" data-label={t('overview.name')}>
        {m.name}
      </td>
      <td data-label={t('overview.progress')}>
        <div className="classes-progress">
          <div
            className="classes-bar"
            role="progressbar"
            aria-label={t('overview.progressOf', { name: m.name })}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(share(m) * 100)}
            aria-valuetext={progressText}
          >
            <span className="classes-bar__fill" style={{ width: `${Math.round(share(m) * 100)}%` }} />
          </div>
          <span className="classes-progress__text">{progressText}</span>
        </div>
      </td>
      <td data-label={t('overview.lastActive')}>
        {m.lastActiveAt ? formatDate(m.lastActiveAt) : t('overview.never')}
      </td>
      <td data-label={t('overview.attended')}>
        {t('overview.attendedOf', { value: formatNumber(m.attended), held: formatNumber(m.sessionsHeld) })}
      </td>
      <td data-label={t('overview.flags')}>
        {m.flags.length ? (
          <ul className="tags">
            {m.flags.map((f) => (
              <li key={f} className={`tag classes-flag classes-flag--${f}`}>
                {t(`flag.${f}`)}
              </li>
            ))}
          </ul>
        ) : null}
      </td>
      {tot ? (
        <td data-label={t('overview.trainer')}>
          <CertifyButton classId={classId} member={m} />
        </td>
      ) : null}
    </tr>
  );
}
