/**
 * Charts as a few lines of text, for places that cannot show SVG (PR comments, check runs, job summaries):
 * one block-character sparkline per series, on a scale shared by all series of the chart.
 */

import { clip, stripControl } from './escape.ts';
import { formatNumber } from './format.ts';
import type { Chart } from './model.ts';

const LEVELS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** Longest sparkline; charts with more bins are merged into this many buckets. */
export const MAX_SPARK_WIDTH = 48;

/**
 * A compact plain-text chart, e.g.
 *
 *     age (histogram, share of rows; 0 … 90)
 *     reference │▁▂▄▇█▆▃▂▁▁│
 *     current   │▁▁▂▄▆█▇▄▂▁│
 *
 * Histogram series are scaled to shares of their own total first, so a reference of a million rows and a
 * current sample of a thousand compare by shape. A bin that is exactly zero is blank. The text holds no
 * backticks or control characters, so it is safe inside a fenced code block.
 */
export function renderTextChart(chart: Chart): string {
  const title = plain(clip(chart.title, 80));
  if (chart.labels.length === 0 || chart.series.length === 0) return `▸ ${title}: no data`;
  if (chart.kind === 'box') return [`▸ ${title} (median, quartiles, range)`, ...boxLines(chart)].join('\n');
  const rows = chart.series.map((series) => {
    const values = chart.labels.map((_, i) => Math.max(0, finite(series.values[i])));
    return {
      name: plain(clip(series.name, 20)),
      values: bucket(chart.kind === 'histogram' ? toShares(values) : values),
    };
  });
  const top = Math.max(...rows.flatMap((row) => row.values));
  const nameWidth = Math.max(...rows.map((row) => row.name.length));
  const lines = rows.map((row) => `${row.name.padEnd(nameWidth)} │${spark(row.values, top)}│`);
  const first = plain(clip(chart.labels[0], 20));
  const last = plain(clip(chart.labels[chart.labels.length - 1], 20));
  const range = chart.labels.length > 1 ? `${first} … ${last}` : first;
  const scale =
    chart.kind === 'histogram' ? `peak ${formatNumber(round(top * 100))}%` : `max ${formatNumber(top)}`;
  return [`▸ ${title} (${range}; ${scale})`, ...lines, ...intervalLines(chart)].join('\n');
}

/** Labels listed in full per series in the text of interval bars and boxes; the rest are in the HTML. */
export const MAX_LISTED_LABELS = 8;

/** `rate: a 0.42 [0.4, 0.44] · b 0.5 [0.45, 0.55]` for each series that carries intervals. */
function intervalLines(chart: Chart): string[] {
  return chart.series
    .filter((series) => series.low && series.high)
    .map((series) => {
      const items = chart.labels.slice(0, MAX_LISTED_LABELS).map((label, i) => {
        const low = series.low?.[i];
        const high = series.high?.[i];
        const bounds =
          typeof low === 'number' && typeof high === 'number' && !Number.isNaN(low) && !Number.isNaN(high)
            ? ` [${formatNumber(low)}, ${formatNumber(high)}]`
            : '';
        return `${plain(clip(label, 20))} ${value(series.values[i])}${bounds}`;
      });
      return `  ${plain(clip(series.name, 20))}: ${items.join(' · ')}${more(chart)}`;
    });
}

/** `canary  p99: 3 (2–3.5; 1–6; n 90)` per label and series: median (quartiles; range; count). */
function boxLines(chart: Chart): string[] {
  const lines: string[] = [];
  for (const series of chart.series) {
    const items = chart.labels.slice(0, MAX_LISTED_LABELS).map((label, i) => {
      const box = series.boxes?.[i];
      const shown = box
        ? `${value(box.median)} (${value(box.q1)}–${value(box.q3)}; ${value(box.min)}–${value(box.max)}; n ${formatNumber(box.n)})`
        : 'no data';
      return `${plain(clip(label, 20))} ${shown}`;
    });
    lines.push(`${plain(clip(series.name, 20))}: ${items.join(' · ')}${more(chart)}`);
  }
  return lines;
}

function value(number: number | null | undefined): string {
  return typeof number === 'number' ? formatNumber(number) : 'undefined';
}

function more(chart: Chart): string {
  const hidden = chart.labels.length - MAX_LISTED_LABELS;
  return hidden > 0 ? ` · ${hidden} more` : '';
}

function spark(values: readonly number[], top: number): string {
  return values
    .map((value) => {
      if (value <= 0 || top <= 0) return ' ';
      return LEVELS[Math.min(LEVELS.length - 1, Math.ceil((value / top) * LEVELS.length) - 1)];
    })
    .join('');
}

function toShares(values: readonly number[]): number[] {
  const total = values.reduce((sum, value) => sum + value, 0);
  return total > 0 ? values.map((value) => value / total) : values.map(() => 0);
}

/** Sums neighbouring bins so the line is at most MAX_SPARK_WIDTH characters. */
function bucket(values: readonly number[]): number[] {
  if (values.length <= MAX_SPARK_WIDTH) return [...values];
  const merged = new Array<number>(MAX_SPARK_WIDTH).fill(0);
  values.forEach((value, i) => {
    merged[Math.floor((i * MAX_SPARK_WIDTH) / values.length)] += value;
  });
  return merged;
}

function finite(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) ? value : 0;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** One line of plain text that cannot close a code fence. */
function plain(text: string): string {
  return stripControl(text)
    .replace(/[\r\n]+/g, ' ')
    .replace(/`/g, "'");
}
