import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Chart } from './model.ts';
import { MAX_SPARK_WIDTH, renderTextChart } from './text-chart.ts';

function chart(overrides: Partial<Chart> = {}): Chart {
  return {
    id: 'c',
    title: 'age',
    kind: 'histogram',
    labels: ['0-10', '10-20', '20-30', '30-40'],
    series: [
      { name: 'reference', values: [100, 400, 400, 100] },
      { name: 'current', values: [0, 1, 2, 5] },
    ],
    ...overrides,
  };
}

/** The characters between the │ bars of each series line. */
function sparks(text: string): string[] {
  return [...text.matchAll(/│(.*)│/g)].map((m) => m[1]);
}

describe('renderTextChart', () => {
  it('draws one aligned sparkline per series with the label range in the title', () => {
    const text = renderTextChart(chart());
    const lines = text.split('\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0], /^▸ age \(0-10 … 30-40; peak 62\.5%\)$/);
    assert.ok(lines[1].startsWith('reference │'));
    assert.ok(lines[2].startsWith('current   │'));
  });

  it('compares histograms by shape: each series as shares of its own total', () => {
    const [reference, current] = sparks(renderTextChart(chart()));
    // reference shares 10/40/40/10 %, current 0/12.5/25/62.5 %, on one scale topped by 62.5 %
    assert.equal(reference, '▂▆▆▂');
    assert.equal(current, ' ▂▄█');
  });

  it('scales bar charts by raw values and leaves exact zeros blank', () => {
    const [only] = sparks(
      renderTextChart(chart({ kind: 'bar', series: [{ name: 's', values: [0, 8, 4, 1] }] })),
    );
    assert.equal(only, ' █▄▁');
  });

  it('merges bins beyond the maximum width', () => {
    const labels = Array.from({ length: 500 }, (_, i) => String(i));
    const [line] = sparks(
      renderTextChart(chart({ labels, series: [{ name: 's', values: labels.map(() => 1) }] })),
    );
    assert.equal(line.length, MAX_SPARK_WIDTH);
  });

  it('reports an empty chart in one line', () => {
    assert.equal(renderTextChart(chart({ labels: [] })), '▸ age: no data');
  });

  it('keeps data from closing the code fence or adding lines', () => {
    const text = renderTextChart(chart({ title: '```\nx', series: [{ name: '```', values: [1, 2, 3, 4] }] }));
    assert.doesNotMatch(text, /`/);
    assert.equal(text.split('\n').length, 2);
  });

  it('lists each bar with its interval under the sparkline', () => {
    const text = renderTextChart(
      chart({
        kind: 'bar',
        labels: ['a', 'b'],
        series: [{ name: 'rate', values: [0.42, 0.5], low: [0.4, Number.NaN], high: [0.44, Number.NaN] }],
      }),
    );
    assert.equal(text.split('\n')[2], '  rate: a 0.42 [0.4, 0.44] · b 0.5');
  });

  it('writes a box chart as median (quartiles; range; n) per label', () => {
    const text = renderTextChart(
      chart({
        kind: 'box',
        title: 'latency',
        labels: ['p50', 'p99'],
        series: [
          {
            name: 'canary',
            values: [3, 9],
            boxes: [{ min: 1, q1: 2, median: 3, q3: 3.5, max: 6, n: 90 }],
          },
        ],
      }),
    );
    assert.equal(
      text,
      '▸ latency (median, quartiles, range)\ncanary: p50 3 (2–3.5; 1–6; n 90) · p99 no data',
    );
  });
});
