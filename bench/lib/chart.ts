// The scaling chart: build times (left axis) and index size (right axis) against page count.
import type { ScalingResults, SizeResult } from '../measures/scaling.ts';
import { failed, type Failure } from './log.ts';

const CHART = { width: 640, height: 360, left: 64, right: 568, top: 60, bottom: 308 };

interface ChartSeries {
  label: string;
  color: string;
  dashed?: boolean;
  /** Which y axis it is read against. */
  axis: 'seconds' | 'megabytes';
  value: (size: SizeResult) => number;
}

type Maxima = Record<ChartSeries['axis'], number>;

const CHART_SERIES: ChartSeries[] = [
  {
    label: 'astro build (s)',
    color: '#1f6feb',
    axis: 'seconds',
    value: (size) => size.astroBuildMs / 1000,
  },
  {
    label: 'pagefind (s)',
    color: '#d97706',
    axis: 'seconds',
    value: (size) => size.pagefindMs / 1000,
  },
  {
    label: 'index size (MB, right axis)',
    color: '#15803d',
    dashed: true,
    axis: 'megabytes',
    value: (size) => size.index.bytes / 1e6,
  },
];

function element(name: string, attributes: Record<string, string | number>, text?: string) {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${value}"`)
    .join('');
  return text === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${text}</${name}>`;
}

/** A round top for an axis with five gridlines, so that the tick labels stay short. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
  return (steps.find((step) => step * power >= value) ?? 10) * power;
}

/** Maps page counts onto the x axis, logarithmically. */
function logScale(pages: readonly number[]): (value: number) => number {
  const [low, high] = [Math.log10(Math.min(...pages)), Math.log10(Math.max(...pages))];
  const span = CHART.right - CHART.left;
  return (value) =>
    high === low
      ? CHART.left + span / 2
      : CHART.left + ((Math.log10(value) - low) / (high - low)) * span;
}

function yOf(value: number, max: number): number {
  return CHART.bottom - (value / max) * (CHART.bottom - CHART.top);
}

/** Gridlines, tick labels and axis titles. */
function axes(max: Maxima, pages: readonly number[], x: (value: number) => number): string[] {
  const { left, right, top, bottom, width, height } = CHART;
  const parts = [];
  for (let step = 0; step <= 5; step++) {
    const y = yOf(step / 5, 1).toFixed(1);
    const label = (axisMax: number) => String(+((step / 5) * axisMax).toFixed(2));
    parts.push(
      element('line', { x1: left, y1: y, x2: right, y2: y, stroke: '#e5e7eb' }),
      element('text', { x: left - 8, y, dy: 4, 'text-anchor': 'end' }, label(max.seconds)),
      element('text', { x: right + 8, y, dy: 4 }, label(max.megabytes)),
    );
  }
  for (const value of pages) {
    const tick = x(value).toFixed(1);
    const label = { x: tick, y: bottom + 18, 'text-anchor': 'middle' };
    parts.push(
      element('line', { x1: tick, y1: top, x2: tick, y2: bottom, stroke: '#f3f4f6' }),
      element('text', label, value.toLocaleString('en')),
    );
  }
  const middle = (top + bottom) / 2;
  const title = (transform: string, text: string) =>
    element('text', { transform, 'text-anchor': 'middle' }, text);
  parts.push(
    element('line', { x1: left, y1: bottom, x2: right, y2: bottom, stroke: '#6b7280' }),
    element(
      'text',
      { x: (left + right) / 2, y: height - 14, 'text-anchor': 'middle' },
      'Content pages (log scale)',
    ),
    title(`translate(18 ${middle}) rotate(-90)`, 'Seconds'),
    title(`translate(${width - 14} ${middle}) rotate(90)`, 'Index size (MB)'),
  );
  return parts;
}

/** One series' line, points and legend entry. */
function seriesMarks(
  series: ChartSeries,
  index: number,
  sizes: readonly SizeResult[],
  x: (value: number) => number,
  max: Maxima,
): string[] {
  const dash: Record<string, string | number> = series.dashed ? { 'stroke-dasharray': '6 4' } : {};
  const stroke = { stroke: series.color, 'stroke-width': 2, ...dash };
  const points = sizes.map((size) => [
    x(size.contentPages),
    yOf(series.value(size), max[series.axis]),
  ]);
  const legendX = CHART.left + index * 180;
  return [
    element('polyline', {
      points: points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' '),
      fill: 'none',
      ...stroke,
    }),
    ...points.map(([px, py]) =>
      element('circle', { cx: px.toFixed(1), cy: py.toFixed(1), r: 3.5, fill: series.color }),
    ),
    element('line', { x1: legendX, y1: 42, x2: legendX + 22, y2: 42, ...stroke }),
    element('text', { x: legendX + 28, y: 46 }, series.label),
  ];
}

/** The chart as an SVG document. */
export function scalingSvg(scaling: ScalingResults | Failure): string {
  const { width, height } = CHART;
  const sizes = failed(scaling)
    ? []
    : scaling.sizes.filter((size): size is SizeResult => !failed(size));
  const title = 'Build time and search index size against page count';
  const parts = [
    element('rect', { width, height, fill: '#ffffff' }),
    element(
      'text',
      { x: width / 2, y: 24, 'text-anchor': 'middle', 'font-size': 15, 'font-weight': 600 },
      title,
    ),
  ];
  if (sizes.length === 0) {
    const middle = { x: width / 2, y: height / 2, 'text-anchor': 'middle' };
    parts.push(element('text', middle, 'No scaling results'));
  } else {
    const pages = sizes.map((size) => size.contentPages);
    const x = logScale(pages);
    const seconds = sizes.flatMap((size) => [size.astroBuildMs / 1000, size.pagefindMs / 1000]);
    const megabytes = sizes.map((size) => size.index.bytes / 1e6);
    const max = {
      seconds: niceMax(Math.max(...seconds)),
      megabytes: niceMax(Math.max(...megabytes)),
    };
    parts.push(...axes(max, pages, x));
    CHART_SERIES.forEach((series, index) =>
      parts.push(...seriesMarks(series, index, sizes, x, max)),
    );
  }
  const svg = {
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    'font-family': 'system-ui, sans-serif',
    'font-size': 12,
  };
  return `${element('svg', svg, `\n${parts.map((part) => `  ${part}`).join('\n')}\n`)}\n`;
}
