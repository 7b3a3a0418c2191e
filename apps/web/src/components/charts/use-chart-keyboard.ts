// Keyboard use of a chart whose items can be opened (bars, map regions): the drawing takes focus as
// one stop; arrow keys move between items (highlighted, with their tooltip), Enter or Space opens
// the current one, Escape lets go. What is under the "cursor" is announced politely in words.
import type { EChartsType } from 'echarts/core';
import { type KeyboardEvent, type RefObject, useId, useRef, useState } from 'react';

export interface KeyboardItem {
  key: string;
  /** Index of the item in the series' data. */
  dataIndex: number;
  /** What a screen reader says when the item becomes current. */
  text: string;
}

interface Options {
  chart: RefObject<EChartsType | null>;
  /** In the order the arrow keys walk through them. */
  items: KeyboardItem[];
  onSelect?: (key: string) => void;
  /** The chart's name for assistive technology. */
  label: string;
  hint: string;
}

export function useChartKeyboard({ chart, items, onSelect, label, hint }: Options) {
  const [position, setPosition] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const shown = useRef<number | null>(null);
  const hintId = useId();

  const show = (next: number | null) => {
    const instance = chart.current;
    if (instance && shown.current !== null) {
      instance.dispatchAction({ type: 'downplay', seriesIndex: 0, dataIndex: shown.current });
    }
    const item = next === null ? undefined : items[next];
    shown.current = item ? item.dataIndex : null;
    setPosition(item ? next : null);
    setAnnouncement(item?.text ?? '');
    if (!instance) return;
    if (!item) {
      instance.dispatchAction({ type: 'hideTip' });
      return;
    }
    instance.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: item.dataIndex });
    instance.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: item.dataIndex });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (items.length === 0) return;
    const last = items.length - 1;
    const current = position === null ? -1 : Math.min(position, last);
    const moves: Record<string, number> = {
      ArrowDown: Math.min(current + 1, last),
      ArrowRight: Math.min(current + 1, last),
      ArrowUp: Math.max(current - 1, 0),
      ArrowLeft: Math.max(current - 1, 0),
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      show(moves[event.key] ?? 0);
    } else if ((event.key === 'Enter' || event.key === ' ') && position !== null) {
      event.preventDefault();
      const item = items[position];
      if (item) onSelect?.(item.key);
    } else if (event.key === 'Escape' && position !== null) {
      event.preventDefault();
      show(null);
    }
  };

  return {
    /** Spread on the element wrapping the drawing. */
    regionProps: {
      tabIndex: 0,
      role: 'group',
      'aria-label': label,
      'aria-describedby': hintId,
      onKeyDown,
      onBlur: () => show(null),
    },
    hint: { id: hintId, text: hint },
    announcement,
  };
}
