// "Vinh danh": a month's top learners of a unit or organisation in my scope and the places right
// below it ranked by the mean monthly XP of their active learners, each as a file for the official
// commendation; and its mentors ("Đại sứ số") by the mentees who reached their level that month.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../../components/ui/Alert';
import { ExportLinks } from '../../../components/ui/ExportLinks';
import { Loading } from '../../../components/ui/Loading';
import { formatIsoDay, formatNumber } from '../../../lib/format';
import { honourRollFileUrl, honourRollQueryOptions } from '../api/get-honour-roll';
import type { HonourRoll } from '../api/types';
import type { PlaceChoice } from './labels';
import { MonthPicker } from './MonthPicker';
import { PlaceChooser } from './PlaceChooser';

interface Props {
  place: PlaceChoice | null;
  month: string;
  onPlace: (place: PlaceChoice) => void;
  onMonth: (month: string) => void;
}

export function HonourRollPanel({ place, month, onPlace, onMonth }: Props) {
  const { t } = useTranslation(['engagement', 'mentoring']);
  const roll = useQuery({ ...honourRollQueryOptions(place?.params ?? {}, month), enabled: !!place });
  const [y, m] = month.split('-');
  return (
    <div className="engagement-panel">
      <div className="engagement-toolbar">
        <PlaceChooser
          value={place && !place.label && roll.data ? { ...place, label: roll.data.place.name } : place}
          onChange={onPlace}
        />
        <MonthPicker value={month} onChange={onMonth} />
      </div>
      {!place ? <p className="empty">{t('place.none')}</p> : null}
      {place && roll.isPending ? <Loading /> : null}
      <ErrorAlert error={roll.error} />
      {roll.data && place ? (
        <>
          <p className="muted">
            {t('honour.intro', {
              from: formatIsoDay(roll.data.from),
              to: formatIsoDay(roll.data.to),
              days: roll.data.goalDays,
            })}
          </p>
          {!roll.data.complete ? <Alert tone="info">{t('honour.running')}</Alert> : null}
          <section className="engagement-section" aria-labelledby="honour-learners">
            <div className="engagement-results__head">
              <h2 id="honour-learners" className="section-title">
                {t('honour.learnersTitle', { place: roll.data.place.name, month: Number(m), year: y })}
              </h2>
              <ExportLinks
                href={(format) => honourRollFileUrl(place.params, month, format, 'learners')}
                context={t('honour.learners')}
              />
            </div>
            <LearnersTable roll={roll.data} />
          </section>
          {roll.data.places ? (
            <section className="engagement-section" aria-labelledby="honour-places">
              <div className="engagement-results__head">
                <h2 id="honour-places" className="section-title">
                  {t(`honour.placesTitle.${roll.data.places.kind}`)}
                </h2>
                <ExportLinks
                  href={(format) => honourRollFileUrl(place.params, month, format, 'places')}
                  context={t(`honour.placesTitle.${roll.data.places.kind}`)}
                />
              </div>
              <PlacesTable roll={roll.data} />
            </section>
          ) : null}
          <section className="engagement-section" aria-labelledby="honour-mentors">
            <div className="engagement-results__head">
              <h2 id="honour-mentors" className="section-title">
                {t('mentoring:honour.title', { month: Number(m), year: y })}
              </h2>
              <ExportLinks
                href={(format) => honourRollFileUrl(place.params, month, format, 'mentors')}
                context={t('mentoring:honour.export')}
              />
            </div>
            <MentorsTable roll={roll.data} />
          </section>
        </>
      ) : null}
    </div>
  );
}

function LearnersTable({ roll }: { roll: HonourRoll }) {
  const { t } = useTranslation('engagement');
  if (roll.learners.length === 0) return <p className="empty">{t('honour.emptyLearners')}</p>;
  return (
    <div className="table-wrap">
      <table className="table table--cards">
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('table.rank')}
            </th>
            <th scope="col">{t('table.name')}</th>
            <th scope="col">{t('table.unit')}</th>
            <th scope="col">{t('table.organisation')}</th>
            <th scope="col" className="num">
              {t('honour.xp')}
            </th>
            <th scope="col" className="num">
              {t('honour.goalDays')}
            </th>
            <th scope="col">{t('honour.badges')}</th>
          </tr>
        </thead>
        <tbody>
          {roll.learners.map((l) => (
            <tr key={l.personId}>
              <td className="num" data-label={t('table.rank')}>
                {l.rank}
              </td>
              <td className="table__primary" data-label={t('table.name')}>
                {l.name}
                {!l.public ? <span className="table__sub">{t('honour.private')}</span> : null}
              </td>
              <td data-label={t('table.unit')}>{l.unitName}</td>
              <td data-label={t('table.organisation')}>{l.organisationName}</td>
              <td className="num" data-label={t('honour.xp')}>
                {formatNumber(l.xp)}
              </td>
              <td className="num" data-label={t('honour.goalDays')}>
                {formatNumber(l.goalDays)}
              </td>
              <td data-label={t('honour.badges')}>{l.badges.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PlacesTable({ roll }: { roll: HonourRoll }) {
  const { t } = useTranslation('engagement');
  const items = (roll.places?.items ?? []).filter((p) => p.rank !== null);
  const without = (roll.places?.items.length ?? 0) - items.length;
  const nameHeader = t(roll.places?.kind === 'organisation' ? 'table.organisation' : 'table.unit');
  return (
    <>
      {items.length ? (
        <div className="table-wrap">
          <table className="table table--cards">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('table.rank')}
                </th>
                <th scope="col">{nameHeader}</th>
                <th scope="col" className="num">
                  {t('honour.active')}
                </th>
                <th scope="col" className="num">
                  {t('honour.meanXp')}
                </th>
                <th scope="col" className="num">
                  {t('honour.totalXp')}
                </th>
                <th scope="col" className="num">
                  {t('honour.goalLearners', { days: roll.goalDays })}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <td className="num" data-label={t('table.rank')}>
                    {p.rank}
                  </td>
                  <td className="table__primary" data-label={nameHeader}>
                    {p.name}
                  </td>
                  <td className="num" data-label={t('honour.active')}>
                    {formatNumber(p.activeLearners)}
                  </td>
                  <td className="num" data-label={t('honour.meanXp')}>
                    {formatNumber(p.meanXp)}
                  </td>
                  <td className="num" data-label={t('honour.totalXp')}>
                    {formatNumber(p.totalXp)}
                  </td>
                  <td className="num" data-label={t('honour.goalLearners', { days: roll.goalDays })}>
                    {formatNumber(p.goalLearners)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="empty">{t('honour.emptyPlaces')}</p>
      )}
      {without > 0 ? <p className="muted">{t('honour.without', { count: without })}</p> : null}
    </>
  );
}

function MentorsTable({ roll }: { roll: HonourRoll }) {
  const { t } = useTranslation(['engagement', 'mentoring']);
  if (roll.mentors.length === 0) return <p className="empty">{t('mentoring:honour.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="table table--cards">
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('table.rank')}
            </th>
            <th scope="col">{t('table.name')}</th>
            <th scope="col">{t('table.unit')}</th>
            <th scope="col">{t('table.organisation')}</th>
            <th scope="col" className="num">
              {t('mentoring:honour.passed')}
            </th>
            <th scope="col" className="num">
              {t('mentoring:honour.passedTotal')}
            </th>
          </tr>
        </thead>
        <tbody>
          {roll.mentors.map((l) => (
            <tr key={l.personId}>
              <td className="num" data-label={t('table.rank')}>
                {l.rank}
              </td>
              <td className="table__primary" data-label={t('table.name')}>
                {l.name}
                {!l.public ? <span className="table__sub">{t('honour.private')}</span> : null}
              </td>
              <td data-label={t('table.unit')}>{l.unitName}</td>
              <td data-label={t('table.organisation')}>{l.organisationName}</td>
              <td className="num" data-label={t('mentoring:honour.passed')}>
                {formatNumber(l.passed)}
              </td>
              <td className="num" data-label={t('mentoring:honour.passedTotal')}>
                {formatNumber(l.passedTotal)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
