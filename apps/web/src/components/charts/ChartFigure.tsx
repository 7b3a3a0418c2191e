// Every chart's frame: a figure with its caption, a choice between the chart and a plain HTML table
// of the same figures, and an optional legend. The drawing is hidden from assistive technology;
// the table (caption, column and row headers) is what screen-reader and keyboard users read.
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../styles/charts.css';

export interface ChartTableColumn {
  label: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

export interface ChartTableRow {
  key: string;
  /** The row's name, rendered as <th scope="row">. */
  header: ReactNode;
  cells: ReactNode[];
}

export interface ChartTableData {
  /** The first column holds the row names; `cells` follow the other columns in order. */
  columns: [ChartTableColumn, ...ChartTableColumn[]];
  rows: ChartTableRow[];
}

export type ChartView = 'chart' | 'table';

export interface ChartFigureProps {
  title: string;
  /** A sentence with the gist, under the title. */
  summary?: ReactNode;
  table: ChartTableData;
  /** Shown under the chart (not with the table, whose cells say everything in words). */
  legend?: ReactNode;
  defaultView?: ChartView;
  /** The chart. */
  children: ReactNode;
}

export function ChartFigure({
  title,
  summary,
  table,
  legend,
  defaultView = 'chart',
  children,
}: ChartFigureProps) {
  const { t } = useTranslation('charts');
  const [view, setView] = useState<ChartView>(defaultView);
  const captionId = useId();
  return (
    <figure className="chart-figure" aria-labelledby={captionId}>
      <figcaption className="chart-figure__caption" id={captionId}>
        <span className="chart-figure__title">{title}</span>
        {summary ? <span className="chart-figure__summary">{summary}</span> : null}
      </figcaption>
      <fieldset className="chart-figure__views">
        <legend className="visually-hidden">{t('view.label')}</legend>
        {(['chart', 'table'] as const).map((v) => (
          <button
            key={v}
            type="button"
            className="chart-figure__view"
            aria-pressed={view === v}
            onClick={() => setView(v)}
          >
            {t(`view.${v}`)}
          </button>
        ))}
      </fieldset>
      {view === 'chart' ? (
        <div className="chart-figure__chart">
          {children}
          {legend}
        </div>
      ) : (
        <ChartTable title={title} table={table} />
      )}
    </figure>
  );
}

function ChartTable({ title, table }: { title: string; table: ChartTableData }) {
  const { t } = useTranslation('charts');
  const [first, ...rest] = table.columns;
  return (
    // A wide table scrolls sideways on a phone; the region can take focus so the keyboard can scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="chart-table-wrap" aria-label={title} tabIndex={0}>
      <table className="table chart-table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{first.label}</th>
            {rest.map((c) => (
              <th key={c.label} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 ? (
            <tr>
              <td colSpan={table.columns.length} className="muted">
                {t('empty')}
              </td>
            </tr>
          ) : (
            table.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.header}</th>
                {row.cells.map((cell, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional, one per column
                  <td key={i} className={rest[i]?.numeric ? 'num' : undefined}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </section>
  );
}
