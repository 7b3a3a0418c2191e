// Units (communes, agencies, groups) ranked by their share of the target reached: one horizontal bar
// each, coloured by status, with the target marked. A click, or Enter on the focused chart, opens a
// row (onSelect). On a phone the names go above the bars so they are not cut short.
import type { BarSeriesOption } from 'echarts/charts';
import { BarChart } from 'echarts/charts';
import type {
  GridComponentOption,
  MarkLineComponentOption,
  MarkPointComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { GridComponent, MarkLineComponent, MarkPointComponent } from 'echarts/components';
import type { ComposeOption, ECElementEvent, EChartsType } from 'echarts/core';
import { use } from 'echarts/core';
import type { TFunction } from 'i18next';
import { type ReactNode, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../lib/format';
import { ChartFigure, type ChartTableData } from './ChartFigure';
import { baseOption, type ChartTheme, escapeHtml } from './chart-theme';
import { type ChartSize, EChart } from './EChart';
import { decalFor } from './patterns';
import { StatusLegend, StatusText } from './StatusLegend';
import { STATUS_COLORS, statusLabel, type TargetStatus } from './status';
import { useChartKeyboard } from './use-chart-keyboard';

use([BarChart, GridComponent, MarkLineComponent, MarkPointComponent]);

type RankedBarOption = ComposeOption<
  | BarSeriesOption
  | GridComponentOption
  | MarkLineComponentOption
  | MarkPointComponentOption
  | TooltipComponentOption
>;

export interface RankedBarRow {
  key: string;
  label: string;
  /** Share reached, 0..1. */
  value: number;
  /** Target share, 0..1. */
  target: number;
  status: TargetStatus;
  /** A short note for the tooltip and the table ("1.234 / 2.000 người"). */
  detail?: string;
}

export interface RankedBarChartProps {
  title: string;
  rows: RankedBarRow[];
  /** Called with a row's key when its bar or name is clicked, or Enter is pressed on it. */
  onSelect?: (key: string) => void;
  summary?: ReactNode;
  /** Header of the value column (default "Tỷ lệ đạt"). */
  valueLabel?: string;
  /** Header of the name column (default "Tên"). */
  nameLabel?: string;
}

const NARROW = 480;

export function RankedBarChart({
  title,
  rows,
  onSelect,
  summary,
  valueLabel,
  nameLabel,
}: RankedBarChartProps) {
  const { t } = useTranslation('charts');
  const chart = useRef<EChartsType | null>(null);
  const sorted = useMemo(
    () => [...rows].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'vi')),
    [rows],
  );
  const keyboard = useChartKeyboard({
    chart,
    items: sorted.map((row, dataIndex) => ({ key: row.key, dataIndex, text: describeRow(t, row) })),
    onSelect,
    label: title,
    hint: t(onSelect ? 'keyboard.select' : 'keyboard.browse'),
  });

  const option = useCallback(
    (size: ChartSize, theme: ChartTheme) => rankedBarOption(sorted, size, theme, t),
    [sorted, t],
  );
  const onItemClick = useCallback(
    (params: ECElementEvent) => {
      const index = params.dataIndex;
      const clickable = params.componentType === 'series' || params.componentType === 'yAxis';
      const row = clickable && typeof index === 'number' ? sorted[index] : undefined;
      if (row) onSelect?.(row.key);
    },
    [sorted, onSelect],
  );

  const table: ChartTableData = {
    columns: [
      { label: nameLabel ?? t('columns.name') },
      { label: valueLabel ?? t('columns.value'), numeric: true },
      { label: t('columns.target'), numeric: true },
      { label: t('columns.status') },
      ...(sorted.some((r) => r.detail) ? [{ label: t('columns.detail') }] : []),
    ],
    rows: sorted.map((row) => ({
      key: row.key,
      header: onSelect ? (
        <button type="button" className="chart-link" onClick={() => onSelect(row.key)}>
          {row.label}
        </button>
      ) : (
        row.label
      ),
      cells: [
        formatPercent(row.value),
        formatPercent(row.target),
        <StatusText key="status" status={row.status} />,
        ...(sorted.some((r) => r.detail) ? [row.detail ?? ''] : []),
      ],
    })),
  };

  return (
    <ChartFigure title={title} summary={summary} table={table} legend={<StatusLegend />}>
      <div className="chart-interactive" {...keyboard.regionProps}>
        <EChart
          option={option}
          height={(width) => barChartHeight(sorted.length, width < NARROW)}
          onItemClick={onSelect ? onItemClick : undefined}
          instanceRef={chart}
        />
        <span id={keyboard.hint.id} className="visually-hidden">
          {keyboard.hint.text}
        </span>
        <span className="visually-hidden" aria-live="polite">
          {keyboard.announcement}
        </span>
      </div>
    </ChartFigure>
  );
}

function describeRow(t: TFunction, row: RankedBarRow): string {
  return t('describe.bar', {
    name: row.label,
    value: formatPercent(row.value),
    target: formatPercent(row.target),
    status: statusLabel(t, row.status),
    detail: row.detail ? `; ${row.detail}` : '',
  });
}

const AXIS_SPACE = 32;
const PLOT_RIGHT = 52;
/** Below the bars: the target line's label. */
const TARGET_SPACE = 28;
const rowStep = (narrow: boolean) => (narrow ? 46 : 30);
const barWidth = (narrow: boolean) => (narrow ? 16 : 18);

function barChartHeight(count: number, narrow: boolean): number {
  return AXIS_SPACE + TARGET_SPACE + Math.max(count, 1) * rowStep(narrow);
}

function rankedBarOption(
  rows: RankedBarRow[],
  { width }: ChartSize,
  theme: ChartTheme,
  t: TFunction,
): RankedBarOption {
  const narrow = width < NARROW;
  const targets = new Set(rows.map((r) => r.target));
  const [onlyTarget] = targets.size === 1 ? [...targets] : [];
  const thickness = barWidth(narrow);
  const plotLeft = narrow ? 8 : Math.min(240, Math.round(width * 0.32));
  const plotWidth = Math.max(1, width - plotLeft - PLOT_RIGHT);
  // A target tick just past a bar's end would cross its value label: start the label after the tick.
  const labelDistance = (r: RankedBarRow) => {
    const gap = (r.target - r.value) * plotWidth;
    return onlyTarget === undefined && gap >= 0 && gap < 40 ? Math.round(gap) + 5 : 5;
  };
  const base = baseOption(theme);
  return {
    ...base,
    tooltip: {
      ...base.tooltip,
      trigger: 'item',
      formatter: (params) => {
        const p = params as { dataIndex?: number; componentType?: string };
        const row = p.componentType === 'series' && p.dataIndex !== undefined ? rows[p.dataIndex] : undefined;
        return row ? rowTooltip(t, row) : '';
      },
    },
    grid: {
      top: AXIS_SPACE,
      bottom: TARGET_SPACE,
      left: plotLeft,
      right: PLOT_RIGHT,
      outerBoundsMode: 'none',
    },
    xAxis: {
      type: 'value',
      position: 'top',
      min: 0,
      max: 1,
      interval: narrow ? 0.5 : 0.25,
      axisLabel: {
        formatter: (v: number) => formatPercent(v),
        color: theme.muted,
        alignMinLabel: 'left',
        alignMaxLabel: 'right',
      },
      splitLine: { lineStyle: { color: theme.border } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label),
      triggerEvent: true,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: theme.border } },
      // Names sit over the target line, on the card's colour, so the line never strikes through them.
      z: 6, // above the target line (markLine z 5)
      axisLabel: narrow
        ? {
            // Above each bar, full width, rather than squeezed to its left.
            inside: true,
            align: 'left',
            verticalAlign: 'bottom',
            padding: [0, 0, thickness / 2 + 2, 0],
            width: width - 60,
            overflow: 'truncate',
            formatter: (name: string) => `{name|${name.replace(/[{}|]/g, ' ')}}`,
            rich: {
              name: { backgroundColor: theme.surface, padding: [1, 2], color: theme.text, fontSize: 13 },
            },
          }
        : {
            width: plotLeft - 12,
            overflow: 'truncate',
            color: theme.text,
            fontSize: 13,
          },
    },
    series: [
      {
        id: 'ranked',
        type: 'bar',
        barWidth: thickness,
        cursor: 'pointer',
        data: rows.map((r) => ({
          value: r.value,
          itemStyle: { color: STATUS_COLORS[r.status], decal: decalFor(r.status) },
          label: { distance: labelDistance(r) },
        })),
        label: {
          show: true,
          position: 'right',
          color: theme.text,
          fontWeight: 600,
          // Stays readable where a target marker passes behind it.
          backgroundColor: theme.surface,
          padding: [1, 3],
          borderRadius: 2,
          formatter: (p) => formatPercent(Number(p.value)),
        },
        emphasis: { itemStyle: { borderColor: theme.text, borderWidth: 2 } },
        // Both are always set (one empty): the series is updated in place, not rebuilt.
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: theme.text, type: 'dashed', width: 1.5 },
          label: {
            // Under the last bar, clear of the axis labels at the top.
            position: 'end',
            distance: 6,
            formatter: t('target', { value: formatPercent(onlyTarget ?? 0) }),
            color: theme.text,
            fontWeight: 600,
            backgroundColor: theme.surface,
            padding: [2, 4],
          },
          data: onlyTarget === undefined ? [] : [{ xAxis: onlyTarget }],
        },
        // Targets differ by row: a short tick across each bar at its own target.
        markPoint: {
          silent: true,
          symbol: 'rect',
          symbolSize: [3, thickness + 8],
          itemStyle: { color: theme.text },
          label: { show: false },
          data: onlyTarget === undefined ? rows.map((r, i) => ({ name: r.key, coord: [r.target, i] })) : [],
        },
      },
    ],
  };
}

function rowTooltip(t: TFunction, row: RankedBarRow): string {
  const lines = [
    `<strong>${escapeHtml(row.label)}</strong>`,
    `${escapeHtml(t('columns.value'))}: <strong>${formatPercent(row.value)}</strong>`,
    `${escapeHtml(t('columns.target'))}: ${formatPercent(row.target)}`,
    `${escapeHtml(t('columns.status'))}: ${escapeHtml(statusLabel(t, row.status))}`,
  ];
  if (row.detail) lines.push(escapeHtml(row.detail));
  return lines.join('<br>');
}
