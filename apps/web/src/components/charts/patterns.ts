// ECharts decals matching STATUS_PATTERNS, so "at risk" and "behind" can be told apart from the
// other states without seeing colour (the CSS swatches in styles/charts.css draw the same).
import { STATUS_PATTERNS, type TargetStatus } from './status';

const overlay = 'rgba(255, 255, 255, 0.55)';

const decals = {
  none: undefined,
  dots: { symbol: 'circle', symbolSize: 0.6, dashArrayX: [4, 2], dashArrayY: [4, 2], color: overlay },
  stripes: {
    symbol: 'rect',
    symbolSize: 1,
    rotation: -Math.PI / 4,
    dashArrayX: [1, 0],
    dashArrayY: [3, 3],
    color: overlay,
  },
} as const;

export function decalFor(status: TargetStatus) {
  const decal = decals[STATUS_PATTERNS[status]];
  return decal
    ? { ...decal, dashArrayX: [...decal.dashArrayX], dashArrayY: [...decal.dashArrayY] }
    : undefined;
}
