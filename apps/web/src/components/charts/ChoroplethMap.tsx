// A province's communes/wards coloured by a share (0..1), from the simplified boundaries served at
// GET /api/monitoring/geo/:provinceCode. Communes without figures are grey and hatched, and say
// "Chưa có số liệu". A click, or Enter on the focused map, opens a commune (onSelect).
import type { MapSeriesOption } from 'echarts/charts';
import { MapChart } from 'echarts/charts';
import type { TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import { VisualMapPiecewiseComponent } from 'echarts/components';
import type { ComposeOption, ECElementEvent, EChartsType } from 'echarts/core';
import { registerMap, use } from 'echarts/core';
import type { TFunction } from 'i18next';
import { type ReactNode, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../lib/format';
import { ChartFigure, type ChartTableData } from './ChartFigure';
import { baseOption, type ChartTheme, escapeHtml } from './chart-theme';
import { type ChartSize, EChart } from './EChart';
import { StatusText } from './StatusLegend';
import { statusLabel, type TargetStatus } from './status';
import { useChartKeyboard } from './use-chart-keyboard';

use([MapChart, VisualMapPiecewiseComponent]);

type MapOption = ComposeOption<MapSeriesOption | VisualMapComponentOption | TooltipComponentOption>;

type Position = [number, number];

export interface CommuneFeature {
  type: 'Feature';
  /** code: the official 5-digit commune code (units.code); name: its Vietnamese name. */
  properties: { code: string; name: string };
  geometry:
    | { type: 'Polygon'; coordinates: Position[][] }
    | { type: 'MultiPolygon'; coordinates: Position[][][] };
}

/** The reply of GET /api/monitoring/geo/:provinceCode. */
export interface CommuneMap {
  type: 'FeatureCollection';
  features: CommuneFeature[];
}

export interface CommuneValue {
  /** Share, 0..1. */
  value: number;
  label: string;
  status: TargetStatus;
}

export interface ChoroplethMapProps {
  title: string;
  /** Two-digit province code: the map is registered with ECharts once under it. */
  provinceCode: string;
  geojson: CommuneMap;
  /** Figures by commune code; communes missing here are drawn as "no data". */
  values: Record<string, CommuneValue>;
  onSelect?: (code: string) => void;
  summary?: ReactNode;
  /** Header of the value column (default "Tỷ lệ đạt"). */
  valueLabel?: string;
}

/** Five steps of 20 %, light to dark (ColorBrewer YlGnBu: ordered for colour-blind readers too). */
const STEPS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'].map((color, i, all) => {
  const [from, to] = [i / all.length, (i + 1) / all.length];
  return {
    color,
    range: i < all.length - 1 ? { gte: from, lt: to } : { gte: from, lte: 1 },
    label: `${formatPercent(from)}–${formatPercent(to)}`,
  };
});
const NO_DATA = '#e4e7ec';
const NO_DATA_DECAL = {
  symbol: 'rect',
  symbolSize: 1,
  rotation: Math.PI / 4,
  dashArrayX: [1, 0],
  dashArrayY: [2, 5],
  color: '#98a2b3',
};
/** The map's height for a width: the province's own proportions, within reason. */
const mapHeight = (width: number, ratio: number) => Math.round(Math.min(640, Math.max(320, width * ratio)));

const registered = new Set<string>();
function mapName(provinceCode: string, geojson: CommuneMap): string {
  const name = `communes-${provinceCode}`;
  if (!registered.has(name)) {
    registerMap(name, geojson as unknown as Parameters<typeof registerMap>[1]);
    registered.add(name);
  }
  return name;
}

interface Region {
  code: string;
  name: string;
  figure: CommuneValue | undefined;
}

export function ChoroplethMap({
  title,
  provinceCode,
  geojson,
  values,
  onSelect,
  summary,
  valueLabel,
}: ChoroplethMapProps) {
  const { t } = useTranslation('charts');
  const chart = useRef<EChartsType | null>(null);
  const name = mapName(provinceCode, geojson);
  const shape = useMemo(() => mapShape(geojson), [geojson]);
  // One order for the map data, the arrow keys and the table: by name, as Vietnamese sorts.
  const regions = useMemo<Region[]>(
    () =>
      geojson.features
        .map((f) => ({
          code: f.properties.code,
          name: values[f.properties.code]?.label ?? f.properties.name,
          figure: values[f.properties.code],
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    [geojson, values],
  );
  const keyboard = useChartKeyboard({
    chart,
    items: regions.map((r, dataIndex) => ({ key: r.code, dataIndex, text: describeRegion(t, r) })),
    onSelect,
    label: title,
    hint: t(onSelect ? 'keyboard.select' : 'keyboard.browse'),
  });
  const option = useCallback(
    (size: ChartSize, theme: ChartTheme) => mapOption(name, shape, regions, size, theme, t),
    [name, shape, regions, t],
  );
  const onItemClick = useCallback(
    (params: ECElementEvent) => {
      const region = typeof params.dataIndex === 'number' ? regions[params.dataIndex] : undefined;
      if (region) onSelect?.(region.code);
    },
    [regions, onSelect],
  );

  const table: ChartTableData = {
    columns: [
      { label: t('columns.commune') },
      { label: valueLabel ?? t('columns.value'), numeric: true },
      { label: t('columns.status') },
    ],
    rows: regions.map((r) => ({
      key: r.code,
      header: onSelect ? (
        <button type="button" className="chart-link" onClick={() => onSelect(r.code)}>
          {r.name}
        </button>
      ) : (
        r.name
      ),
      cells: r.figure
        ? [formatPercent(r.figure.value), <StatusText key="status" status={r.figure.status} />]
        : [
            <span key="none" className="muted">
              {t('noData')}
            </span>,
            '',
          ],
    })),
  };
  const legend = <ValueLegend noData={regions.some((r) => !r.figure)} />;

  return (
    <ChartFigure title={title} summary={summary} table={table} legend={legend}>
      <div className="chart-interactive" {...keyboard.regionProps}>
        <EChart
          option={option}
          height={(width) => mapHeight(width, shape.ratio)}
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

/** Height-to-width ratio of the province as drawn, and the east–west squeeze at its latitude. */
function mapShape(geojson: CommuneMap): { ratio: number; aspectScale: number } {
  let [west, south, east, north] = [180, 90, -180, -90];
  for (const f of geojson.features) {
    const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
    for (const ring of rings) {
      for (const [x, y] of ring) {
        west = Math.min(west, x);
        east = Math.max(east, x);
        south = Math.min(south, y);
        north = Math.max(north, y);
      }
    }
  }
  if (east <= west || north <= south) return { ratio: 1, aspectScale: 1 };
  const aspectScale = Math.cos((((south + north) / 2) * Math.PI) / 180);
  return { ratio: (north - south) / ((east - west) * aspectScale), aspectScale };
}

function describeRegion(t: TFunction, r: Region): string {
  return r.figure
    ? t('describe.region', {
        name: r.name,
        value: formatPercent(r.figure.value),
        status: statusLabel(t, r.figure.status),
      })
    : `${r.name}: ${t('noData')}`;
}

function mapOption(
  map: string,
  shape: { ratio: number; aspectScale: number },
  regions: Region[],
  { width }: ChartSize,
  theme: ChartTheme,
  t: TFunction,
): MapOption {
  const base = baseOption(theme);
  const height = mapHeight(width, shape.ratio);
  return {
    ...base,
    tooltip: {
      ...base.tooltip,
      trigger: 'item',
      formatter: (params) => {
        const p = params as { dataIndex?: number };
        const region = p.dataIndex === undefined ? undefined : regions[p.dataIndex];
        if (!region) return '';
        const lines = [`<strong>${escapeHtml(region.name)}</strong>`];
        if (region.figure) {
          lines.push(
            `${escapeHtml(t('columns.value'))}: <strong>${formatPercent(region.figure.value)}</strong>`,
          );
          lines.push(
            `${escapeHtml(t('columns.status'))}: ${escapeHtml(statusLabel(t, region.figure.status))}`,
          );
        } else {
          lines.push(escapeHtml(t('noData')));
        }
        return lines.join('<br>');
      },
    },
    // Colours by value; its legend is ValueLegend, in HTML, which wraps on a phone.
    visualMap: {
      type: 'piecewise',
      show: false,
      seriesIndex: 0,
      pieces: STEPS.map((step) => ({ ...step.range, color: step.color })),
    },
    series: [
      {
        id: 'communes',
        type: 'map',
        map,
        nameProperty: 'code',
        aspectScale: shape.aspectScale,
        roam: false,
        // Centre and size keep the province's proportions (four edges would stretch it to the box).
        layoutCenter: ['50%', '50%'],
        layoutSize: Math.min(height, width * shape.ratio) - 8,
        selectedMode: false,
        cursor: 'pointer',
        itemStyle: { areaColor: NO_DATA, borderColor: theme.surface, borderWidth: 0.8 },
        emphasis: {
          // Keep the commune's colour on hover; outline it instead.
          itemStyle: { areaColor: null, color: null, borderColor: theme.text, borderWidth: 2 } as object,
          label: { show: false },
        },
        data: regions.map((r) =>
          r.figure
            ? { name: r.code, value: r.figure.value }
            : { name: r.code, value: Number.NaN, itemStyle: { areaColor: NO_DATA, decal: NO_DATA_DECAL } },
        ),
      },
    ],
  };
}

function ValueLegend({ noData }: { noData: boolean }) {
  const { t } = useTranslation('charts');
  return (
    <ul className="chart-legend" aria-label={t('legend')}>
      {STEPS.map((step) => (
        <li key={step.label}>
          <span className="chart-status">
            <span
              className="chart-swatch chart-swatch--step"
              style={{ backgroundColor: step.color }}
              aria-hidden="true"
            />
            {step.label}
          </span>
        </li>
      ))}
      {noData ? (
        <li>
          <span className="chart-status">
            <span className="chart-swatch chart-swatch--no-data" aria-hidden="true" />
            {t('noData')}
          </span>
        </li>
      ) : null}
    </ul>
  );
}
