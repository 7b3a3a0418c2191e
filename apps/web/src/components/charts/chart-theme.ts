// Chart colours and type come from the app's CSS variables (styles/base.css), read when a chart
// draws, so a chart matches the page — including a dark theme, should the variables gain one.

export interface ChartTheme {
  text: string;
  muted: string;
  border: string;
  surface: string;
  primary: string;
  font: string;
  /** Whether animations are welcome (prefers-reduced-motion). */
  animate: boolean;
}

export function readChartTheme(): ChartTheme {
  const style = getComputedStyle(document.documentElement);
  const variable = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: variable('--c-text', '#1c2a2a'),
    muted: variable('--c-muted', '#4a5a5a'),
    border: variable('--c-border', '#c9d6d4'),
    surface: variable('--c-surface', '#ffffff'),
    primary: variable('--c-primary', '#0f766e'),
    font: variable('--font', 'system-ui, sans-serif'),
    animate: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  };
}

/** Settings every chart shares: type, text colour, tooltip look, motion. */
export function baseOption(theme: ChartTheme) {
  return {
    animation: theme.animate,
    textStyle: { fontFamily: theme.font, color: theme.text },
    tooltip: {
      confine: true,
      backgroundColor: theme.surface,
      borderColor: theme.border,
      textStyle: { color: theme.text, fontFamily: theme.font, fontSize: 13 },
      extraCssText: 'max-width: 18rem; white-space: normal;',
    },
  };
}

const htmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Tooltips are HTML: names and notes from the database are escaped before they go in. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEscapes[c] ?? c);
}
