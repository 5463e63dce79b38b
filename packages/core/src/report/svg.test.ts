import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Chart } from './model.ts';
import { niceStep, renderChartSvg, SERIES_COLORS } from './svg.ts';

function chart(overrides: Partial<Chart> = {}): Chart {
  return {
    id: 'c',
    title: 'age',
    kind: 'histogram',
    labels: ['[0, 10)', '[10, 20)', '[20, 30)'],
    series: [
      { name: 'reference', values: [0.2, 0.5, 0.3] },
      { name: 'current', values: [0.1, 0.4, 0.5] },
    ],
    ...overrides,
  };
}

/** Every number in attribute values and path data. */
function numbersIn(svg: string): string[] {
  const attributes = [...svg.matchAll(/\s(?:x|y|x1|x2|y1|y2|width|height|d|transform|viewBox)="([^"]*)"/g)];
  return attributes
    .flatMap((match) => match[1].match(/[-+]?[\w.]+/g) ?? [])
    .filter((token) => /^[-+]?[\d.]|NaN|Infinity/.test(token));
}

function assertFiniteGeometry(svg: string): void {
  assert.doesNotMatch(svg, /NaN|Infinity/);
  for (const token of numbersIn(svg))
    assert.ok(Number.isFinite(Number(token)), `not a finite number: ${token}`);
}

describe('renderChartSvg', () => {
  it('draws a histogram as one step path per series with distinct colours and a legend', () => {
    const svg = renderChartSvg(chart());
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.ok(svg.endsWith('</svg>'));
    const paths = [
      ...svg.matchAll(/<path d="[^"]+" (?:fill="(#[0-9a-f]{6})"[^>]*|fill="none") stroke="(#[0-9a-f]{6})"/g),
    ];
    assert.equal(paths.length, 2);
    assert.deepEqual(
      paths.map((p) => p[2]),
      SERIES_COLORS.slice(0, 2),
    );
    assert.notEqual(SERIES_COLORS[0], SERIES_COLORS[1]);
    assert.match(svg, />reference</);
    assert.match(svg, />current</);
    assertFiniteGeometry(svg);
  });

  it('labels both axes, with defaults per kind and given labels when present', () => {
    assert.match(renderChartSvg(chart()), />frequency</);
    assert.match(renderChartSvg(chart()), />bin</);
    const svg = renderChartSvg(chart({ xLabel: 'age (years)', yLabel: 'share of rows' }));
    assert.match(svg, />age \(years\)</);
    assert.match(svg, />share of rows</);
  });

  it('draws grouped bars: one rect per label and series, taller for larger values', () => {
    const svg = renderChartSvg(
      chart({
        kind: 'bar',
        labels: ['a', 'b'],
        series: [
          { name: 's1', values: [1, 4] },
          { name: 's2', values: [2, 0] },
        ],
      }),
    );
    const bars = [
      ...svg.matchAll(/<rect x="[^"]+" y="[^"]+" width="[^"]+" height="([^"]+)" fill="(#[0-9a-f]{6})" rx/g),
    ];
    assert.equal(bars.length, 4);
    const heights = bars.map((bar) => Number(bar[1]));
    // order: a/s1, a/s2, b/s1, b/s2
    assert.ok(heights[2] > heights[1] && heights[1] > heights[0] && heights[0] > heights[3]);
    assert.equal(heights[3], 0);
    assert.equal(heights[2] / heights[0], 4);
    assert.deepEqual(new Set(bars.map((bar) => bar[2])), new Set(SERIES_COLORS.slice(0, 2)));
    assert.match(svg, /<title>a · s1: 1<\/title>/);
  });

  it('gives round y ticks that cover the data', () => {
    const svg = renderChartSvg(chart({ kind: 'bar', labels: ['a'], series: [{ name: 's', values: [7] }] }));
    const ticks = [...svg.matchAll(/text-anchor="end"[^>]*>([^<]+)</g)].map((m) => m[1]);
    assert.deepEqual(ticks, ['0', '2', '4', '6', '8']);
  });

  it('says "No data" for a chart without labels or series', () => {
    assert.match(renderChartSvg(chart({ labels: [], series: [] })), />No data</);
    assert.match(renderChartSvg(chart({ series: [] })), />No data</);
  });

  it('handles a single bin, all zeros, negatives and non-finite values without NaN', () => {
    const cases = [
      chart({ labels: ['only'], series: [{ name: 's', values: [5] }] }),
      chart({ series: [{ name: 's', values: [0, 0, 0] }] }),
      chart({ kind: 'bar', series: [{ name: 's', values: [-3, 2, -0.5] }] }),
      chart({ series: [{ name: 's', values: [Number.NaN, Number.POSITIVE_INFINITY, 1] }] }),
      chart({ series: [{ name: 's', values: [1] }] }),
      chart({ series: [{ name: 's', values: [1e-320, 2e-320, 0] }] }),
      chart({ series: [{ name: 's', values: [-1e308, 1e308, 0] }] }),
    ];
    for (const c of cases) assertFiniteGeometry(renderChartSvg(c));
  });

  it('never emits NaN or Infinity for any values', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Chart['kind']>('bar', 'histogram', 'box'),
        fc.array(fc.string({ maxLength: 30 }), { maxLength: 60 }),
        fc.array(fc.array(fc.double(), { maxLength: 60 }), { maxLength: 4 }),
        (kind, labels, values) => {
          // Each series also carries intervals and boxes built from the same hostile numbers.
          const series = values.map((v, i) => ({
            name: `s${i}`,
            values: v,
            low: v.map((x) => x - 1),
            high: v.map((x) => x * 2),
            boxes: v.map((x, j) => ({ min: x, q1: v[j + 1] ?? x, median: x / 3, q3: x * 7, max: -x, n: j })),
          }));
          const svg = renderChartSvg(chart({ kind, labels, series }));
          assertFiniteGeometry(svg);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('escapes text from data', () => {
    const evil = '<script>alert(1)</script>"onload=';
    const svg = renderChartSvg(
      chart({
        title: evil,
        labels: [evil],
        series: [{ name: evil, values: [1] }],
        xLabel: evil,
        yLabel: evil,
      }),
    );
    assert.doesNotMatch(svg, /<script/);
    assert.doesNotMatch(svg, /"onload=/);
    assert.match(svg, /&lt;script&gt;/);
  });

  it('thins and slants x labels that would overlap', () => {
    const labels = Array.from({ length: 100 }, (_, i) => `category number ${i}`);
    const svg = renderChartSvg(
      chart({ kind: 'bar', labels, series: [{ name: 's', values: labels.map(() => 1) }] }),
    );
    const shown = [...svg.matchAll(/rotate\(-45\)/g)].length;
    assert.ok(shown > 0 && shown < 100, `shown ${shown}`);
  });
});

describe('niceStep', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    assert.equal(niceStep(0.7), 1);
    assert.equal(niceStep(1.75), 2);
    assert.equal(niceStep(2.2), 2.5);
    assert.equal(niceStep(3), 5);
    assert.equal(niceStep(700), 1000);
    assert.equal(niceStep(0.03), 0.05);
    assert.equal(niceStep(0), 1);
  });

  it('draws a whisker with caps for each bar that has an interval, and none for a bar without', () => {
    const svg = renderChartSvg(
      chart({
        kind: 'bar',
        labels: ['a', 'b', 'c'],
        series: [
          {
            name: 'rate',
            values: [0.4, 0.5, 0.6],
            low: [0.3, Number.NaN, 0.55],
            high: [0.5, Number.NaN, 0.65],
          },
        ],
      }),
    );
    const whiskers = [
      ...svg.matchAll(/<path d="M([\d.]+) ([\d.]+) L([\d.]+) ([\d.]+) M[^"]*"[^>]*><title>([^<]*)<\/title>/g),
    ];
    assert.equal(whiskers.length, 2);
    assert.match(whiskers[0][5], /^a · rate: 0\.4 \[0\.3, 0\.5\]$/);
    assert.match(whiskers[1][5], /^c · rate: 0\.6 \[0\.55, 0\.65\]$/);
    // vertical, from the low end (lower on screen, larger y) to the high end
    const [, x1, y1, x2, y2] = whiskers[0].map(Number);
    assert.equal(x1, x2);
    assert.ok(y1 > y2);
  });

  it('scales the y axis to reach the interval ends', () => {
    const svg = renderChartSvg(
      chart({ kind: 'bar', labels: ['a'], series: [{ name: 'r', values: [1], low: [0.5], high: [3.2] }] }),
    );
    const ticks = [...svg.matchAll(/text-anchor="end"[^>]*>([\d.]+)<\/text>/g)].map((m) => Number(m[1]));
    assert.ok(Math.max(...ticks) >= 3.2, `ticks ${ticks}`);
  });

  it('draws a box chart: per label and series a q1–q3 box, a median line and min–max whiskers', () => {
    const box = (median: number) => ({
      min: median - 2,
      q1: median - 1,
      median,
      q3: median + 1,
      max: median + 2,
      n: 50,
    });
    const svg = renderChartSvg(
      chart({
        kind: 'box',
        labels: ['p50', 'p99'],
        series: [
          { name: 'baseline', values: [3, 10], boxes: [box(3), box(10)] },
          { name: 'canary', values: [4, 12], boxes: [box(4), box(12)] },
        ],
      }),
    );
    assertFiniteGeometry(svg);
    const boxes = [
      ...svg.matchAll(
        /<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)" fill="(#\w+)" fill-opacity="0.25"/g,
      ),
    ];
    assert.equal(boxes.length, 4);
    assert.deepEqual(
      boxes.map((m) => m[3]),
      [SERIES_COLORS[0], SERIES_COLORS[0], SERIES_COLORS[1], SERIES_COLORS[1]],
    );
    // The p99 box sits higher (smaller y) than the p50 box of the same series.
    assert.ok(Number(boxes[1][1]) < Number(boxes[0][1]));
    assert.match(svg, /p99 · canary: median 12, quartiles 11–13, range 10–14, n = 50/);
    assert.equal((svg.match(/stroke-width="2.5"/g) ?? []).length, 4, 'one median line per box');
  });
});
