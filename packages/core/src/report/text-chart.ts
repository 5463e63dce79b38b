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
  return [`▸ ${title} (${range}; ${scale})`, ...lines].join('\n');
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
