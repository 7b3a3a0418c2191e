// The cascade as a sunburst (ECharts): the place in the middle, provincial trainers on the first
// ring, the trainers they trained next, their classes outside, each sized by its learners. A click
// zooms into a branch (the centre goes back). Its table alternative lists the same branches.
import type { SunburstSeriesOption } from 'echarts/charts';
import { SunburstChart } from 'echarts/charts';
import type { TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { use } from 'echarts/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFigure, type ChartTableData } from '../../../components/charts/ChartFigure';
import { baseOption, type ChartTheme, escapeHtml } from '../../../components/charts/chart-theme';
import { type ChartSize, EChart } from '../../../components/charts/EChart';
import { formatNumber } from '../../../lib/format';
import type { TreeNode } from '../api/types';

use([SunburstChart]);

type SunburstOption = ComposeOption<SunburstSeriesOption | TooltipComponentOption>;

interface SunburstDatum {
  name: string;
  value?: number;
  learners: number;
  kind: TreeNode['kind'];
  itemStyle: { color: string };
  children?: SunburstDatum[];
}

/** One colour per provincial trainer's branch (dark enough for white borders and labels around). */
const BRANCH_COLOURS = [
  '#0f766e',
  '#0369a1',
  '#15803d',
  '#b45309',
  '#7c3aed',
  '#be123c',
  '#4d7c0f',
  '#0e7490',
];

/**
 * A branch keeps its colour outwards; the rings fade with depth (series levels). Parents take the
 * sum of their children (a trainer's learners are their classes' and their trainees'); a leaf with
 * no learner yet gets a small `floor` so it still shows, while the tooltip tells the real figure.
 */
const toData = (n: TreeNode, colour: string, floor: number): SunburstDatum => ({
  name: n.name,
  learners: n.value,
  kind: n.kind,
  itemStyle: { color: n.kind === 'other' ? '#8fa3a0' : colour },
  ...(n.children?.length
    ? { children: n.children.map((c) => toData(c, colour, floor)) }
    : { value: Math.max(n.value, floor) }),
});

const chartHeight = (width: number) => Math.max(320, Math.min(width, 560));

const depthOf = (n: TreeNode): number => 1 + Math.max(0, ...(n.children ?? []).map(depthOf));

/** The rows of the table alternative: every node to the depth given, indented by level. */
export function treeRows(root: TreeNode, depth = 3) {
  const rows: { key: string; level: number; node: TreeNode }[] = [];
  const walk = (n: TreeNode, level: number, key: string) => {
    if (level > 0) rows.push({ key, level, node: n });
    if (level >= depth) return;
    for (const [i, c] of (n.children ?? []).entries()) walk(c, level + 1, `${key}.${i}`);
  };
  walk(root, 0, 'r');
  return rows;
}

export function CascadeChart({ tree }: { tree: TreeNode }) {
  const { t } = useTranslation('network');
  const kindLabel = useCallback((kind: TreeNode['kind']) => t(`cascade.kind.${kind}`), [t]);

  const option = useCallback(
    ({ width }: ChartSize, theme: ChartTheme): SunburstOption => {
      const narrow = width < 560;
      // Rings of equal width from the hole to the edge, one per level of the tree.
      const outer = (Math.min(width, chartHeight(width)) / 2) * 0.94;
      const inner = narrow ? 28 : 48;
      const rings = Math.max(1, depthOf(tree) - 1);
      const band = (outer - inner) / rings;
      const ring = (i: number) => ({ r0: inner + (i - 1) * band, r: inner + i * band });
      const floor = Math.max(1, tree.value * 0.02);
      return {
        ...baseOption(theme),
        tooltip: {
          ...baseOption(theme).tooltip,
          trigger: 'item',
          formatter: (p) => {
            const d = (p as unknown as { data: SunburstDatum }).data;
            if (!d) return '';
            return `<strong>${escapeHtml(d.name)}</strong><br/>${escapeHtml(kindLabel(d.kind))}<br/>${escapeHtml(
              t('cascade.learnersValue', { value: formatNumber(d.learners) }),
            )}`;
          },
        },
        series: [
          {
            id: 'cascade',
            type: 'sunburst',
            data: (tree.children ?? []).map((c, i) =>
              toData(c, BRANCH_COLOURS[i % BRANCH_COLOURS.length] as string, floor),
            ),
            center: ['50%', '50%'],
            sort: undefined,
            nodeClick: 'rootToNode',
            emphasis: { focus: 'ancestor' },
            itemStyle: { borderColor: theme.surface, borderWidth: 1 },
            label: {
              show: !narrow,
              rotate: 'radial',
              minAngle: 8,
              fontSize: 11,
              color: theme.text,
              overflow: 'truncate',
              width: 90,
            },
            levels: [
              { r0: 0, r: inner },
              { ...ring(1), label: { show: true, rotate: 'tangential', minAngle: 12, color: '#ffffff' } },
              { ...ring(2), itemStyle: { opacity: 0.7 } },
              { ...ring(3), itemStyle: { opacity: 0.45 }, label: { show: false } },
              { ...ring(4), itemStyle: { opacity: 0.3 }, label: { show: false } },
              { ...ring(5), itemStyle: { opacity: 0.25 }, label: { show: false } },
            ],
          },
        ],
      };
    },
    [tree, t, kindLabel],
  );

  const table = useMemo<ChartTableData>(
    () => ({
      columns: [
        { label: t('cascade.treeTable.name') },
        { label: t('cascade.treeTable.kind') },
        { label: t('cascade.treeTable.learners'), numeric: true },
      ],
      rows: treeRows(tree).map((r) => ({
        key: r.key,
        header: (
          <span className={`cascade-tree__level cascade-tree__level--${r.level}`}>
            {r.level > 1 ? <span aria-hidden="true">{'— '.repeat(r.level - 1)}</span> : null}
            {r.node.name}
          </span>
        ),
        cells: [kindLabel(r.node.kind), formatNumber(r.node.value)],
      })),
    }),
    [tree, t, kindLabel],
  );

  return (
    <ChartFigure
      title={t('cascade.treeTitle', { name: tree.name })}
      summary={t('cascade.treeSummary')}
      table={table}
    >
      <EChart option={option} height={chartHeight} />
    </ChartFigure>
  );
}
