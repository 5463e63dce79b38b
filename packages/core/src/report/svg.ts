/**
 * Charts as inline SVG strings, for the self-contained HTML report. Pure functions: a Chart in, markup out.
 * Every coordinate passes through `coord`, so whatever the data (empty, one bin, all zeros, negative,
 * NaN or infinite values) the markup holds only finite numbers.
 */

import { clip, escapeHtml, stripControl } from './escape.ts';
import { formatNumber } from './format.ts';
import type { BoxSummary, Chart, ChartKind } from './model.ts';
import { truncateForDisplay } from './truncate.ts';

/** Series colours in order: blue and orange first (distinct for colour-blind readers), then more. */
export const SERIES_COLORS = ['#2f6fdb', '#e8710a', '#12a37f', '#c2185b', '#7b5ea7', '#6b7280'];

export interface SvgChartOptions {
  width?: number;
  height?: number;
}

const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';
const CHAR_WIDTH = 6.2; // average glyph width of the 11px axis font, for layout estimates
const AXIS_COLOR = '#6b7280';
const GRID_COLOR = '#e5e7eb';
const TEXT_COLOR = '#374151';

interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Draws `chart`: overlaid step histograms for 'histogram', grouped bars for 'bar', with axes and legend. */
export function renderChartSvg(chart: Chart, opts: SvgChartOptions = {}): string {
  const width = opts.width ?? 560;
  const height = opts.height ?? 300;
  const labels = chart.labels;
  const series: Series[] = chart.series.map((s) => ({
    name: s.name,
    values: labels.map((_, i) => finiteOr0(s.values[i])),
    low: s.low && s.high ? labels.map((_, i) => finiteOrNaN(s.low?.[i])) : undefined,
    high: s.low && s.high ? labels.map((_, i) => finiteOrNaN(s.high?.[i])) : undefined,
    boxes: chart.kind === 'box' ? labels.map((_, i) => finiteBox(s.boxes?.[i])) : undefined,
  }));
  const open = svgOpen(chart, width, height);
  if (labels.length === 0 || series.length === 0) {
    return `${open}<text x="${coord(width / 2)}" y="${coord(height / 2)}" text-anchor="middle" ${FONT} font-size="13" fill="${AXIS_COLOR}">No data</text></svg>`;
  }

  const xTicks = layoutXLabels(labels, width - 64 - 16);
  const frame: Frame = {
    width,
    height,
    left: 64,
    right: width - 16,
    top: 34,
    bottom: height - xTicks.height - 22,
  };
  let min = 0;
  let max = 0;
  for (const s of series) {
    const extents = [
      ...(s.boxes
        ? s.boxes.flatMap((box) => (box ? [box.min, box.q1, box.median, box.q3, box.max] : []))
        : s.values),
      ...(s.low ?? []),
      ...(s.high ?? []),
    ];
    for (const value of extents) {
      if (Number.isNaN(value)) continue;
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
  }
  const scale = yScale(min, max, frame);
  const xLabel = chart.xLabel ?? (chart.kind === 'histogram' ? 'bin' : '');
  const yLabel = chart.yLabel ?? (chart.kind === 'histogram' ? 'frequency' : 'value');
  const plot =
    chart.kind === 'histogram'
      ? histogram(series, labels, scale, frame)
      : chart.kind === 'box'
        ? boxes(series, labels, scale, frame)
        : bars(series, labels, scale, frame);

  const parts = [
    open,
    yAxis(scale, frame, yLabel),
    plot,
    intervals(series, labels, scale, frame, chart.kind),
    xAxis(labels, xTicks, scale, frame, xLabel),
    legend(series.map((s) => s.name)),
    '</svg>',
  ];
  return parts.join('');
}

function svgOpen(chart: Chart, width: number, height: number): string {
  const title = xml(chart.title);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${coord(width)} ${coord(height)}" width="${coord(width)}" height="${coord(height)}" role="img" aria-label="${title}">` +
    `<title>${title}</title>`
  );
}

interface Scale {
  lo: number;
  hi: number;
  ticks: number[];
  y: (value: number) => number;
}

/**
 * A linear y scale over [min, max] widened to round tick steps. A flat range (all zeros) becomes [0, 1];
 * a range too small or too large for round steps in double precision keeps its bounds with no inner ticks.
 */
function yScale(min: number, max: number, frame: Frame): Scale {
  let step = niceStep((max - min) / 4);
  let lo = Math.floor(min / step) * step;
  let hi = Math.ceil(max / step) * step;
  if (!(max > min)) {
    [lo, hi, step] = [0, 1, 0.25];
  } else if (!(hi > lo) || !Number.isFinite(hi - lo) || (hi - lo) / step > 12) {
    [lo, hi, step] = [min, max, max - min];
  }
  const ticks: number[] = [];
  for (let i = 0; i <= 12 && lo + i * step <= hi + step / 2; i++)
    ticks.push(Number((lo + i * step).toPrecision(12)));
  const y = (value: number) => frame.bottom - ((value - lo) / (hi - lo)) * (frame.bottom - frame.top);
  return { lo, hi, ticks, y };
}

/** The smallest of 1, 2, 2.5, 5 or 10 times a power of ten that is at least `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = [1, 2, 2.5, 5, 10].find((candidate) => fraction <= candidate + 1e-9) ?? 10;
  return nice * power;
}

function yAxis(scale: Scale, frame: Frame, label: string): string {
  const lines = scale.ticks.map((tick) => {
    const y = coord(scale.y(tick));
    return (
      `<line x1="${coord(frame.left)}" x2="${coord(frame.right)}" y1="${y}" y2="${y}" stroke="${GRID_COLOR}" stroke-width="1"/>` +
      `<text x="${coord(frame.left - 8)}" y="${y}" dy="0.32em" text-anchor="end" ${FONT} font-size="11" fill="${AXIS_COLOR}">${xml(formatTick(tick))}</text>`
    );
  });
  const middle = coord((frame.top + frame.bottom) / 2);
  const room = Math.max(4, Math.floor((frame.bottom - frame.top) / CHAR_WIDTH));
  const title = label
    ? `<text transform="translate(14 ${middle}) rotate(-90)" text-anchor="middle" ${FONT} font-size="11" fill="${TEXT_COLOR}">${xml(clip(label, room))}</text>`
    : '';
  return `<g>${lines.join('')}${title}</g>`;
}

/** Tick labels: short, so 12,000 becomes 12k and 2,500,000 becomes 2.5M. */
function formatTick(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 1e9) return `${formatNumber(value / 1e9)}G`;
  if (magnitude >= 1e6) return `${formatNumber(value / 1e6)}M`;
  if (magnitude >= 1e4) return `${formatNumber(value / 1e3)}k`;
  return formatNumber(value);
}

interface XLabels {
  /** Show every `every`-th label. */
  every: number;
  rotated: boolean;
  maxChars: number;
  /** Vertical room the labels need below the plot. */
  height: number;
}

/** Fits the x labels: horizontal when they fit, otherwise slanted and thinned out to avoid overlap. */
function layoutXLabels(labels: readonly string[], plotWidth: number): XLabels {
  const slot = plotWidth / Math.max(1, labels.length);
  const longest = labels.reduce((most, label) => Math.max(most, label.length), 1);
  const horizontalChars = Math.min(longest, 18);
  if (horizontalChars * CHAR_WIDTH + 6 <= slot) {
    return { every: 1, rotated: false, maxChars: horizontalChars, height: 18 };
  }
  const maxChars = Math.min(longest, 14);
  // Slanted labels need only about a line height of horizontal room each.
  const every = Math.max(1, Math.ceil(17 / slot));
  return {
    every,
    rotated: true,
    maxChars,
    height: Math.ceil(maxChars * CHAR_WIDTH * Math.sin(Math.PI / 4)) + 14,
  };
}

function xAxis(
  labels: readonly string[],
  layout: XLabels,
  scale: Scale,
  frame: Frame,
  label: string,
): string {
  const slot = (frame.right - frame.left) / labels.length;
  const baseline = coord(scale.y(0));
  const ticks = labels.map((text, i) => {
    if (i % layout.every !== 0) return '';
    const x = frame.left + slot * (i + 0.5);
    const shown = xml(clip(text, layout.maxChars));
    const full = xml(text);
    const y = frame.bottom + 14;
    return layout.rotated
      ? `<text transform="translate(${coord(x)} ${coord(y - 4)}) rotate(-45)" text-anchor="end" ${FONT} font-size="11" fill="${AXIS_COLOR}"><title>${full}</title>${shown}</text>`
      : `<text x="${coord(x)}" y="${coord(y)}" text-anchor="middle" ${FONT} font-size="11" fill="${AXIS_COLOR}"><title>${full}</title>${shown}</text>`;
  });
  const axisLine = `<line x1="${coord(frame.left)}" x2="${coord(frame.right)}" y1="${baseline}" y2="${baseline}" stroke="${AXIS_COLOR}" stroke-width="1"/>`;
  const title = label
    ? `<text x="${coord((frame.left + frame.right) / 2)}" y="${coord(frame.height - 6)}" text-anchor="middle" ${FONT} font-size="11" fill="${TEXT_COLOR}">${xml(clip(label, 60))}</text>`
    : '';
  return `<g>${axisLine}${ticks.join('')}${title}</g>`;
}

interface Series {
  name: string;
  values: number[];
  /** Each bar's interval, NaN where a bar has none. */
  low?: number[];
  high?: number[];
  /** A box chart's summaries, undefined where a label has none. */
  boxes?: (BoxSummary | undefined)[];
}

/**
 * Each series as a step curve over shared bins: the first (the reference) shaded, the others as outlines
 * drawn on top, so two distributions overlay legibly without muddy blended fills.
 */
function histogram(series: readonly Series[], labels: readonly string[], scale: Scale, frame: Frame): string {
  const slot = (frame.right - frame.left) / labels.length;
  const zero = scale.y(0);
  const curves = series.map((s, index) => {
    const color = SERIES_COLORS[index % SERIES_COLORS.length];
    let path = `M${coord(frame.left)} ${coord(zero)}`;
    s.values.forEach((value, i) => {
      const y = coord(scale.y(value));
      path += ` L${coord(frame.left + slot * i)} ${y} L${coord(frame.left + slot * (i + 1))} ${y}`;
    });
    path += ` L${coord(frame.right)} ${coord(zero)}`;
    // Only the shaded curve closes along the baseline; an outline drawn there would hide the x axis.
    const fill = index === 0 ? `fill="${color}" fill-opacity="0.2"` : 'fill="none"';
    if (index === 0) path += ' Z';
    return `<path d="${path}" ${fill} stroke="${color}" stroke-width="2" stroke-linejoin="miter"/>`;
  });
  return `<g>${curves.join('')}${hoverTargets(series, labels, frame)}</g>`;
}

/** Grouped bars: one group per label, one bar per series, drawn from zero (up or down). */
function bars(series: readonly Series[], labels: readonly string[], scale: Scale, frame: Frame): string {
  const slot = (frame.right - frame.left) / labels.length;
  const inner = slot * 0.78;
  const barWidth = inner / series.length;
  const zero = scale.y(0);
  const rects = labels.flatMap((label, i) =>
    series.map((s, index) => {
      const value = s.values[i];
      const x = frame.left + slot * i + (slot - inner) / 2 + barWidth * index;
      const y = scale.y(value);
      const color = SERIES_COLORS[index % SERIES_COLORS.length];
      const tip = xml(`${label} · ${s.name}: ${formatNumber(value)}`);
      return `<rect x="${coord(x)}" y="${coord(Math.min(y, zero))}" width="${coord(Math.max(barWidth - 1, 0.5))}" height="${coord(Math.abs(zero - y))}" fill="${color}" rx="1.5"><title>${tip}</title></rect>`;
    }),
  );
  return `<g>${rects.join('')}</g>`;
}

/** Where a series' mark for label i sits: the bar's (or box's) middle, or the bin's middle in a histogram. */
function markCenter(
  kind: ChartKind,
  i: number,
  index: number,
  count: number,
  labels: number,
  frame: Frame,
): number {
  const slot = (frame.right - frame.left) / labels;
  if (kind === 'histogram') return frame.left + slot * (i + 0.5);
  const inner = slot * 0.78;
  const width = inner / count;
  return frame.left + slot * i + (slot - inner) / 2 + width * (index + 0.5);
}

/** An interval per bar as a whisker with caps, in a darker line over the bar; bars without one get none. */
function intervals(
  series: readonly Series[],
  labels: readonly string[],
  scale: Scale,
  frame: Frame,
  kind: ChartKind,
): string {
  if (kind === 'box') return '';
  const slot = (frame.right - frame.left) / labels.length;
  const cap = Math.max(2, Math.min(6, (slot * 0.78) / series.length / 4));
  const marks = series.flatMap((s, index) =>
    labels.map((label, i) => {
      const low = s.low?.[i] ?? Number.NaN;
      const high = s.high?.[i] ?? Number.NaN;
      if (Number.isNaN(low) || Number.isNaN(high)) return '';
      const x = markCenter(kind, i, index, series.length, labels.length, frame);
      const [y1, y2] = [scale.y(low), scale.y(high)];
      const tip = xml(
        `${label} · ${s.name}: ${formatNumber(s.values[i])} [${formatNumber(low)}, ${formatNumber(high)}]`,
      );
      return (
        `<path d="M${coord(x)} ${coord(y1)} L${coord(x)} ${coord(y2)} M${coord(x - cap)} ${coord(y1)} L${coord(x + cap)} ${coord(y1)} M${coord(x - cap)} ${coord(y2)} L${coord(x + cap)} ${coord(y2)}" ` +
        `stroke="${TEXT_COLOR}" stroke-width="1.5" fill="none"><title>${tip}</title></path>`
      );
    }),
  );
  return `<g class="intervals">${marks.join('')}</g>`;
}

/** One box per label and series: whiskers from min to max, a box from q1 to q3, a line at the median. */
function boxes(series: readonly Series[], labels: readonly string[], scale: Scale, frame: Frame): string {
  const slot = (frame.right - frame.left) / labels.length;
  const width = Math.max(2, ((slot * 0.78) / series.length) * 0.7);
  const marks = series.flatMap((s, index) =>
    labels.map((label, i) => {
      const box = s.boxes?.[i];
      if (!box) return '';
      const x = markCenter('box', i, index, series.length, labels.length, frame);
      const color = SERIES_COLORS[index % SERIES_COLORS.length];
      const [top, q3, median, q1, bottom] = [box.max, box.q3, box.median, box.q1, box.min].map(scale.y);
      const left = x - width / 2;
      const tip = xml(
        `${label} · ${s.name}: median ${formatNumber(box.median)}, quartiles ${formatNumber(box.q1)}–${formatNumber(box.q3)}, ` +
          `range ${formatNumber(box.min)}–${formatNumber(box.max)}, n = ${formatNumber(box.n)}`,
      );
      return (
        `<g><title>${tip}</title>` +
        `<path d="M${coord(x)} ${coord(top)} L${coord(x)} ${coord(q3)} M${coord(x)} ${coord(q1)} L${coord(x)} ${coord(bottom)} M${coord(x - width / 4)} ${coord(top)} L${coord(x + width / 4)} ${coord(top)} M${coord(x - width / 4)} ${coord(bottom)} L${coord(x + width / 4)} ${coord(bottom)}" stroke="${color}" stroke-width="1.5" fill="none"/>` +
        `<rect x="${coord(left)}" y="${coord(q3)}" width="${coord(width)}" height="${coord(Math.max(0.5, q1 - q3))}" fill="${color}" fill-opacity="0.25" stroke="${color}" stroke-width="1.5"/>` +
        `<line x1="${coord(left)}" x2="${coord(left + width)}" y1="${coord(median)}" y2="${coord(median)}" stroke="${color}" stroke-width="2.5"/>` +
        '</g>'
      );
    }),
  );
  return `<g class="boxes">${marks.join('')}</g>`;
}

/** Invisible full-height bands per bin whose tooltip lists every series' value (no script needed). */
function hoverTargets(series: readonly Series[], labels: readonly string[], frame: Frame): string {
  const slot = (frame.right - frame.left) / labels.length;
  return labels
    .map((label, i) => {
      const tip = xml([label, ...series.map((s) => `${s.name}: ${formatNumber(s.values[i])}`)].join('\n'));
      return `<rect x="${coord(frame.left + slot * i)}" y="${coord(frame.top)}" width="${coord(slot)}" height="${coord(frame.bottom - frame.top)}" fill="transparent"><title>${tip}</title></rect>`;
    })
    .join('');
}

function legend(names: readonly string[]): string {
  let x = 64;
  const items = names.map((name, index) => {
    const shown = clip(name, 28);
    const item =
      `<rect x="${coord(x)}" y="10" width="12" height="12" rx="2" fill="${SERIES_COLORS[index % SERIES_COLORS.length]}"/>` +
      `<text x="${coord(x + 17)}" y="16" dy="0.35em" ${FONT} font-size="12" fill="${TEXT_COLOR}">${xml(shown)}</text>`;
    x += 17 + shown.length * 6.8 + 18;
    return item;
  });
  return `<g>${items.join('')}</g>`;
}

/** Non-finite values draw as 0; magnitudes are capped so differences between values stay finite. */
function finiteOr0(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return 0;
  return Math.max(-1e300, Math.min(1e300, value));
}

function finiteOrNaN(value: number | null | undefined): number {
  if (value === undefined || value === null || !Number.isFinite(value)) return Number.NaN;
  return Math.max(-1e300, Math.min(1e300, value));
}

/** A box whose five numbers are all finite, clamped like any value; anything else is not drawn. */
function finiteBox(box: BoxSummary | undefined): BoxSummary | undefined {
  if (!box) return undefined;
  const five = [box.min, box.q1, box.median, box.q3, box.max];
  if (!five.every((value) => typeof value === 'number' && Number.isFinite(value))) return undefined;
  const [min, q1, median, q3, max] = five.map(finiteOr0);
  return { min, q1, median, q3, max, n: box.n };
}

/** Text for SVG content or attributes: escaped, without the control characters XML forbids. */
function xml(text: string): string {
  return escapeHtml(stripControl(truncateForDisplay(text)));
}

/** A coordinate with one decimal; never NaN or Infinity in the markup. */
function coord(value: number): string {
  if (!Number.isFinite(value)) return '0';
  return String(Math.round(value * 10) / 10);
}
