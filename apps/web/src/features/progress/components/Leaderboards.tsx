import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { Tabs } from '../../../components/ui/Tabs';
import { formatNumber } from '../../../lib/format';
import { leaderboardQueryOptions } from '../api/get-leaderboard';
import {
  BOARD_PERIODS,
  BOARD_PLACES,
  type BoardPeriod,
  type BoardPlace,
  type Leaderboard,
} from '../api/types';

const SHOWN = 10;

/**
 * The boards of my class, commune, workplace and province (a tab each, left out when I have no such
 * place) for this week, this month or all time (toggle buttons), with my rank under the list.
 */
export function Leaderboards({ isPublic }: { isPublic: boolean }) {
  const { t } = useTranslation('progress');
  const [period, setPeriod] = useState<BoardPeriod>('week');
  const [chosen, setChosen] = useState<BoardPlace>('commune');
  // Every place at once: which tabs exist is known from the replies, and switching is instant.
  const boards = useQueries({
    queries: BOARD_PLACES.map((place) => leaderboardQueryOptions(place, period)),
  });
  const byPlace = new Map(BOARD_PLACES.map((place, i) => [place, boards[i]]));
  const pending = boards.some((b) => b.isPending);
  const error = boards.find((b) => b.error)?.error;
  const available = BOARD_PLACES.filter((place) => byPlace.get(place)?.data);
  const place = available.includes(chosen) ? chosen : (available[0] ?? chosen);
  const board = byPlace.get(place)?.data ?? null;

  return (
    <section className="learn-card" aria-labelledby="progress-boards-title">
      <h2 id="progress-boards-title" className="learn-section-title">
        {t('boards.title')}
      </h2>
      {pending && available.length === 0 ? <Loading /> : null}
      <ErrorAlert error={error} />
      {!pending && !error && available.length === 0 ? (
        <p className="progress-lead">{t('boards.none')}</p>
      ) : null}
      {available.length > 0 ? (
        <Tabs
          label={t('boards.placeLabel')}
          tabs={available.map((key) => ({ key, label: t(`boards.place.${key}`) }))}
          selected={place}
          onSelect={setChosen}
        >
          <fieldset className="period-toggle">
            <legend className="visually-hidden">{t('boards.periodLabel')}</legend>
            {BOARD_PERIODS.map((p) => (
              <button
                key={p}
                type="button"
                className="period-toggle__button"
                aria-pressed={p === period}
                onClick={() => setPeriod(p)}
              >
                {t(`boards.period.${p}`)}
              </button>
            ))}
          </fieldset>
          {board ? <Board board={board} isPublic={isPublic} /> : <Loading />}
        </Tabs>
      ) : null}
    </section>
  );
}

function Board({ board, isPublic }: { board: Leaderboard; isPublic: boolean }) {
  const { t } = useTranslation('progress');
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? board.top : board.top.slice(0, SHOWN);
  const meShown = shown.some((e) => e.me);
  const label = t('boards.listLabel', {
    place: board.placeName,
    period: t(`boards.period.${board.period}`),
  });
  return (
    <div className="board">
      <h3 className="progress-subtitle">{board.placeName}</h3>
      {/* Announced when the place or the period changes: where I stand is the news. */}
      <p className="board__me" aria-live="polite" aria-atomic="true">
        <span className="visually-hidden">{label}. </span>
        {board.me ? (
          <span className="board__me-rank">
            {t('boards.myRank', { rank: formatNumber(board.me.rank), of: formatNumber(board.me.of) })}
          </span>
        ) : (
          t('boards.noRank')
        )}
        {board.me ? (
          <span className="board__me-xp"> · {t('boards.myXp', { value: formatNumber(board.me.xp) })}</span>
        ) : null}
      </p>
      {board.top.length === 0 ? (
        <p className="muted">{t('boards.empty')}</p>
      ) : (
        <ol className="board__list" aria-label={label}>
          {shown.map((e) => (
            <li
              key={e.personId}
              className={`board-row${e.me ? ' board-row--me' : ''}`}
              aria-current={e.me ? 'true' : undefined}
            >
              <span className={`board-row__rank${e.rank <= 3 ? ` board-row__rank--${e.rank}` : ''}`}>
                {formatNumber(e.rank)}
              </span>
              <span className="board-row__name">
                {e.name}
                {e.me ? <span className="rank-you"> ({t('league.you')})</span> : null}
              </span>
              <span className="board-row__xp">{t('boards.myXp', { value: formatNumber(e.xp) })}</span>
            </li>
          ))}
          {board.me && !meShown && !expanded ? (
            <li className="board-row board-row--me board-row--gap" aria-current="true">
              <span className="board-row__rank">{formatNumber(board.me.rank)}</span>
              <span className="board-row__name">{t('league.you')}</span>
              <span className="board-row__xp">{t('boards.myXp', { value: formatNumber(board.me.xp) })}</span>
            </li>
          ) : null}
        </ol>
      )}
      {board.top.length > SHOWN ? (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          onClick={() => setExpanded((v) => !v)}
        >
          {expanded ? t('boards.showLess') : t('boards.showAll', { value: formatNumber(board.top.length) })}
        </button>
      ) : null}
      {!isPublic ? <p className="board__note">{t('boards.hidden')}</p> : null}
    </div>
  );
}
