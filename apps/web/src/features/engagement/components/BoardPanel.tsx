// "Bảng xếp hạng": the top learners of a unit or organisation in my scope, with full names, for
// this week, this month or all time (the learners' own boards show display names instead).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { SelectField } from '../../../components/ui/SelectField';
import { formatNumber } from '../../../lib/format';
import { boardQueryOptions } from '../api/get-board';
import type { BoardPeriod } from '../api/types';
import type { PlaceChoice } from './labels';
import { PlaceChooser } from './PlaceChooser';

interface Props {
  place: PlaceChoice | null;
  period: BoardPeriod;
  onPlace: (place: PlaceChoice) => void;
  onPeriod: (period: BoardPeriod) => void;
}

export function BoardPanel({ place, period, onPlace, onPeriod }: Props) {
  const { t } = useTranslation('engagement');
  const board = useQuery({ ...boardQueryOptions(place?.params ?? {}, period), enabled: !!place });
  return (
    <div className="engagement-panel">
      <div className="engagement-toolbar">
        <PlaceChooser
          value={place && !place.label && board.data ? { ...place, label: board.data.placeName } : place}
          onChange={onPlace}
        />
        <SelectField
          label={t('board.period')}
          value={period}
          onValueChange={(v) => onPeriod(v as BoardPeriod)}
          options={(['week', 'month', 'all'] as const).map((p) => ({
            value: p,
            label: t(`board.periods.${p}`),
          }))}
        />
      </div>
      {!place ? <p className="empty">{t('place.none')}</p> : null}
      {place && board.isPending ? <Loading /> : null}
      <ErrorAlert error={board.error} />
      {board.data ? (
        <section aria-labelledby="board-title">
          <h2 id="board-title" className="section-title">
            {t('board.title', {
              place: board.data.placeName,
              period: t(`board.periods.${period}`).toLowerCase(),
            })}
          </h2>
          {board.data.top.length ? (
            <div className="table-wrap">
              <table className="table engagement-board">
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {t('table.rank')}
                    </th>
                    <th scope="col">{t('table.name')}</th>
                    <th scope="col" className="num">
                      {t('board.xp')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {board.data.top.map((e) => (
                    <tr key={e.personId}>
                      <td className="num">{e.rank}</td>
                      <td>{e.name}</td>
                      <td className="num">{formatNumber(e.xp)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="empty">{t('board.empty')}</p>
          )}
          <p className="muted">{t('board.note')}</p>
        </section>
      ) : null}
    </div>
  );
}
