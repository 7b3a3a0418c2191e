// The one place Apache ECharts meets React: init on mount, setOption when the option, the width or
// the colours change, resize with the container, dispose on unmount. Only ECharts' core, the SVG
// renderer and the tooltip are registered here; each chart registers the few parts it draws with,
// so a page pulls in no more of ECharts than it shows. Import charts only from lazy route chunks.

import { TooltipComponent } from 'echarts/components';
import type { ECElementEvent, EChartsCoreOption, EChartsType } from 'echarts/core';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { type RefObject, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { type ChartTheme, readChartTheme } from './chart-theme';

// SVG: lighter than the canvas renderer, sharp at any zoom, and text in the system font.
use([SVGRenderer, TooltipComponent]);

export interface ChartSize {
  /** The container's width in CSS pixels. */
  width: number;
}

export interface EChartProps {
  /** Builds the option for the current width and colours; called again when either changes. */
  option: (size: ChartSize, theme: ChartTheme) => EChartsCoreOption;
  /** Height in CSS pixels, fixed or depending on the width (maps keep their proportions). */
  height: number | ((width: number) => number);
  /** A click on a bar, line point or map region. */
  onItemClick?: (params: ECElementEvent) => void;
  /** Receives the instance (null after dispose), for keyboard highlighting. */
  instanceRef?: RefObject<EChartsType | null>;
}

function useChartTheme(): ChartTheme {
  const [theme, setTheme] = useState(readChartTheme);
  useEffect(() => {
    // A change of colour scheme, or of a theme attribute/class on <html>, may change the variables.
    const refresh = () => setTheme(readChartTheme());
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', refresh);
    const observer = new MutationObserver(refresh);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['class', 'data-theme'],
    });
    return () => {
      scheme.removeEventListener('change', refresh);
      observer.disconnect();
    };
  }, []);
  return theme;
}

/** The drawing itself: hidden from assistive technology, since ChartFigure's table carries the data. */
export function EChart({ option, height, onItemClick, instanceRef }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const [width, setWidth] = useState(0);
  const theme = useChartTheme();
  const clickRef = useRef(onItemClick);
  clickRef.current = onItemClick;
  const heightPx = typeof height === 'function' ? height(width) : height;

  useLayoutEffect(() => {
    const el = element.current;
    if (!el) return;
    setWidth(Math.round(el.getBoundingClientRect().width));
    const instance = init(el, null, { renderer: 'svg' });
    chart.current = instance;
    if (instanceRef) instanceRef.current = instance;
    instance.on('click', (params) => clickRef.current?.(params as ECElementEvent));
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
      if (instanceRef) instanceRef.current = null;
    };
  }, [instanceRef]);

  const built = useMemo(() => (width > 0 ? option({ width }, theme) : null), [option, width, theme]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !built) return;
    // The height may have changed with the width: size the drawing to the element first.
    instance.resize();
    // Layout components are replaced so nothing lingers from the previous option (phone vs desktop
    // labels); series are matched by id, so bars and lines move to new values rather than redraw
    // from zero. Charts therefore give every series an id and spell out every series setting.
    instance.setOption(built, { replaceMerge: ['series', 'grid', 'xAxis', 'yAxis', 'legend', 'visualMap'] });
  }, [built]);

  return <div ref={element} className="echart" style={{ height: heightPx }} aria-hidden="true" />;
}
