import { useEffect, useRef } from 'react';
import { type ChartClick, type ChartOption, echarts } from './echarts.js';

interface ChartProps {
  option: ChartOption;
  /** Called with the clicked item (a bar, a node, a point). */
  onClick?: (event: ChartClick) => void;
  className?: string;
  /** For tests and screen readers: what the chart shows. */
  label: string;
  /** How many items it draws, for the browser tests (`data-items`). */
  items: number;
}

/**
 * An ECharts chart on a canvas, sized by its container's CSS and redrawn when it resizes.
 * Tooltips render on the canvas (`richText`), not as HTML: no inline styles for the CSP to refuse.
 */
export function Chart({ option, onClick, className = 'chart', label, items }: ChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return;
    instance.on('click', onClick);
    return () => {
      instance.off('click', onClick);
    };
  }, [onClick]);

  return (
    <div
      ref={container}
      className={className}
      role="img"
      aria-label={label}
      data-items={items}
      data-testid="chart"
    />
  );
}

/** Tooltip settings every chart shares: drawn on the canvas, never as HTML. */
export const CANVAS_TOOLTIP = { renderMode: 'richText', confine: true } as const;
