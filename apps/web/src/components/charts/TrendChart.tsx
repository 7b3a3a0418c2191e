// How a share (0..1) moved day by day, for one or more series (a province and a commune, several
// indicators…), against the target drawn as a dashed line. Days read dd/MM/yyyy.
import type { LineSeriesOption } from 'echarts/charts';
import { LineChart } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { GridComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { use } from 'echarts/core';
import type { TFunction } from 'i18next';
import { type ReactNode, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIsoDay, formatPercent } from '../../lib/format';
import { ChartFigure, type ChartTableData } from './ChartFigure';
import { baseOption, type ChartTheme, escapeHtml } from './chart-theme';
import { type ChartSize, EChart } from './EChart';

use([LineChart, GridComponent, LegendComponent, MarkLineComponent]);

type TrendOption = ComposeOption<
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

export interface TrendPoint {
  /** A calendar day, 'YYYY-MM-DD'. */
  day: string;
  /** Share on that day, 0..1. */
  value: number;
}

export interface TrendSeries {
  key: string;
  name: string;
  points: TrendPoint[];
}

export interface TrendChartProps {
  title: string;
  series: TrendSeries[];
  /** Target share, 0..1: drawn as a dashed line. */
  target?: number;
  summary?: ReactNode;
}

/** Series colours: apart from the status colours and from each other, dark enough on white. */
const SERIES_COLORS = ['#0f766e', '#6941c6', '#c11574', '#175cd3', '#93370d', '#344054'];
/** Point shapes, so lines stay apart without colour (points show up to 45 days). */
const SYMBOLS = ['circle', 'diamond', 'triangle', 'rect', 'roundRect', 'pin'];

export function TrendChart({ title, series, target, summary }: TrendChartProps) {
  const { t } = useTranslation('charts');
  const days = useMemo(
    () => [...new Set(series.flatMap((s) => s.points.map((p) => p.day)))].sort(),
    [series],
  );
  const option = useCallback(
    (size: ChartSize, theme: ChartTheme) => trendOption(series, days, target, size, theme, t),
    [series, days, target, t],
  );

  const byDay = series.map((s) => new Map(s.points.map((p) => [p.day, p.value])));
  const table: ChartTableData = {
    columns: [
      { label: t('columns.day') },
      ...series.map((s) => ({ label: s.name, numeric: true })),
      ...(target !== undefined ? [{ label: t('columns.target'), numeric: true }] : []),
    ],
    // Newest first: the figure people look for.
    rows: [...days].reverse().map((day) => ({
      key: day,
      header: formatIsoDay(day),
      cells: [
        ...byDay.map((values) => {
          const v = values.get(day);
          return v === undefined ? '—' : formatPercent(v);
        }),
        ...(target !== undefined ? [formatPercent(target)] : []),
      ],
    })),
  };

  return (
    <ChartFigure title={title} summary={summary} table={table}>
      <EChart option={option} height={(width) => (width < 480 ? 260 : 320)} />
    </ChartFigure>
  );
}

function trendOption(
  series: TrendSeries[],
  days: string[],
  target: number | undefined,
  { width }: ChartSize,
  theme: ChartTheme,
  t: TFunction,
): TrendOption {
  const narrow = width < 480;
  const highest = Math.max(target ?? 0, ...series.flatMap((s) => s.points.map((p) => p.value)));
  // Room above the highest line or the target, on a whole step so the ticks stay even; never past 100 %.
  const step = highest < 0.35 ? 0.1 : 0.2;
  const top = Math.min(1, Math.ceil((highest + 0.05) / step - 1e-9) * step);
  const base = baseOption(theme);
  const withLegend = series.length > 1;
  return {
    ...base,
    color: SERIES_COLORS,
    tooltip: {
      ...base.tooltip,
      trigger: 'axis',
      formatter: (params) => {
        const list = (Array.isArray(params) ? params : [params]) as {
          axisValue?: string;
          seriesName?: string;
          value?: unknown;
          marker?: unknown;
        }[];
        const day = list[0]?.axisValue ?? '';
        const lines = list
          .filter((p) => typeof p.value === 'number')
          .map(
            (p) =>
              `${p.marker}${escapeHtml(p.seriesName ?? '')}: <strong>${formatPercent(Number(p.value))}</strong>`,
          );
        if (target !== undefined) lines.push(escapeHtml(t('target', { value: formatPercent(target) })));
        return [`<strong>${formatIsoDay(day)}</strong>`, ...lines].join('<br>');
      },
    },
    legend: withLegend
      ? {
          top: 0,
          left: 0,
          type: 'plain',
          textStyle: { color: theme.text, fontSize: 13 },
          itemWidth: 24,
          data: series.map((s) => s.name),
        }
      : { show: false },
    grid: {
      top: withLegend ? (narrow ? 28 + 22 * Math.ceil(series.length / 2) : 44) : 16,
      left: 8,
      right: narrow ? 16 : 24,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: days,
      axisLabel: { formatter: (d: string) => formatIsoDay(d), color: theme.muted, hideOverlap: true },
      axisLine: { lineStyle: { color: theme.border } },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: top,
      interval: step,
      axisLabel: { formatter: (v: number) => formatPercent(v), color: theme.muted },
      splitLine: { lineStyle: { color: theme.border } },
    },
    series: series.map((s, i) => {
      const values = new Map(s.points.map((p) => [p.day, p.value]));
      return {
        id: s.key,
        type: 'line',
        name: s.name,
        data: days.map((d) => values.get(d) ?? null),
        connectNulls: true,
        showSymbol: days.length <= 45,
        symbol: SYMBOLS[i % SYMBOLS.length],
        symbolSize: 7,
        lineStyle: { width: 2.5 },
        // Set on every series (empty but on the first) so an update never leaves an old line behind.
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: theme.text, type: 'dashed', width: 1.5 },
          label: {
            // At the start: lines usually rise towards the target, so the left end is clearest.
            position: 'insideStartTop',
            formatter: t('target', { value: formatPercent(target ?? 0) }),
            color: theme.text,
            fontWeight: 600,
          },
          data: i === 0 && target !== undefined ? [{ yAxis: target }] : [],
        },
      };
    }),
  };
}
