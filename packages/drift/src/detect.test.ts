import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildReport, type CheckResult, formatCell, InputError } from '@modelgate/core';
import { seededRandom } from '@modelgate/stats';
import type { ColumnDrift, DriftMeasurement } from './detect.ts';
import { type DriftOptions, detectDrift, measureDrift } from './index.ts';
import { makeTable, normalSample, type TestColumn } from './testing/tables.ts';

const column = (m: DriftMeasurement, name: string): ColumnDrift => {
  const found =
    m.columns.find((c) => c.column === name) ?? (m.prediction?.column === name ? m.prediction : undefined);
  assert.ok(found, `column ${name} measured`);
  return found;
};

function categories(n: number, seed: number, labels: string[], weights: number[]): string[] {
  const random = seededRandom(seed);
  const total = weights.reduce((a, b) => a + b, 0);
  return Array.from({ length: n }, () => {
    let u = random() * total;
    for (let i = 0; i < labels.length; i++) {
      u -= weights[i];
      if (u < 0) return labels[i];
    }
    return labels[labels.length - 1];
  });
}

/** A well-formed result: buildReport accepts it and it survives JSON without losing numbers. */
function assertReportable(result: CheckResult): void {
  const report = buildReport('check-drift', 'check-drift', result, { now: new Date(0), version: '0.0.0' });
  assert.deepEqual(JSON.parse(JSON.stringify(report)), report);
}

function inputErrorOf(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof InputError, `expected an InputError, got ${e}`);
    return e;
  }
  assert.fail('expected an InputError');
}

test('auto: up to 1,000 reference values -> KS, chi-square, z (binary); above -> Wasserstein, Jensen-Shannon', () => {
  const small = (n: number, seed: number, shift = 0): Record<string, TestColumn> => ({
    x: normalSample(n, seed, shift),
    color: categories(n, seed + 1, ['red', 'green', 'blue'], [3, 2, 1]),
    flag: categories(n, seed + 2, ['yes', 'no'], [1, 1]),
    few: categories(n, seed + 3, ['1', '2', '3'], [1, 1, 1]).map(Number),
    binary: categories(n, seed + 4, ['0', '1'], [1, 3]).map(Number),
  });
  const methods = (n: number) => {
    const m = measureDrift(makeTable(small(n, 1)), makeTable(small(n, 100)));
    return Object.fromEntries(m.columns.map((c) => [c.column, c.method]));
  };
  assert.deepEqual(methods(1000), {
    x: 'ks',
    color: 'chi-square',
    flag: 'z',
    few: 'chi-square',
    binary: 'z',
  });
  assert.deepEqual(methods(1001), {
    x: 'wasserstein',
    color: 'jensen-shannon',
    flag: 'jensen-shannon',
    few: 'jensen-shannon',
    binary: 'jensen-shannon',
  });
});

test('auto counts reference values, not rows: missing cells do not count towards 1,000', () => {
  const values = normalSample(1200, 3).map((v, i) => (i % 4 === 0 ? null : v));
  const m = measureDrift(makeTable({ x: values }), makeTable({ x: normalSample(1200, 4) }), {
    missingShareTolerance: 0.5,
  });
  assert.equal(column(m, 'x').method, 'ks');
});

test('p-value methods drift below the threshold; distances at or above it', () => {
  const reference = makeTable({ x: normalSample(500, 1) });
  const current = makeTable({ x: normalSample(500, 2, 0.3) });
  const ks = column(measureDrift(reference, current), 'x');
  assert.equal(ks.method, 'ks');
  assert.equal(ks.threshold, 0.05);
  assert.ok((ks.pValue as number) < 0.05 && ks.drifted, `p = ${ks.pValue}`);
  const strict = column(measureDrift(reference, current, { threshold: (ks.pValue as number) / 2 }), 'x');
  assert.equal(strict.drifted, false, 'p above a smaller threshold: no drift');

  const w = column(measureDrift(reference, current, { method: 'wasserstein' }), 'x');
  const s = w.statistic as number;
  assert.equal(w.threshold, 0.1);
  assert.equal(
    column(measureDrift(reference, current, { method: 'wasserstein', threshold: s }), 'x').drifted,
    true,
  );
  assert.equal(
    column(
      measureDrift(reference, current, { method: 'wasserstein', thresholdPerColumn: { x: s * 1.000001 } }),
      'x',
    ).drifted,
    false,
  );
});

test('every explicit method runs on a numeric and a categorical column with its default threshold', () => {
  const n = 400;
  const reference = makeTable({ x: normalSample(n, 5), c: categories(n, 6, ['a', 'b'], [1, 1]) });
  const current = makeTable({ x: normalSample(n, 7, 1), c: categories(n, 8, ['a', 'b'], [1, 4]) });
  const defaults = {
    ks: 0.05,
    'chi-square': 0.05,
    z: 0.05,
    psi: 0.1,
    wasserstein: 0.1,
    'jensen-shannon': 0.1,
    hellinger: 0.1,
    'l-infinity': 0.1,
  };
  for (const [method, threshold] of Object.entries(defaults)) {
    const m = measureDrift(reference, current, { method: method as DriftOptions['method'] });
    const c = column(m, 'c');
    const x = column(m, 'x');
    // KS and Wasserstein cannot compare a categorical column, nor z a many-valued one: the automatic
    // choice stands in, with a note.
    if (method === 'ks' || method === 'wasserstein') {
      assert.equal(c.method, 'z');
      assert.match(c.notes.join(), new RegExp(`${method} compares numeric columns only; used z`));
    } else {
      assert.equal(c.method, method);
      assert.equal(c.threshold, threshold);
      assert.equal(c.drifted, true, `${method} sees a 50/50 -> 20/80 shift`);
    }
    if (method === 'z') {
      assert.equal(x.method, 'ks');
      assert.match(x.notes.join(), /the z-test compares two categories; the column has more/);
    } else {
      assert.equal(x.method, method);
      assert.equal(x.drifted, true, `${method} sees a 1 sd shift`);
    }
  }
});

test('JS distance is reported in the chosen log base', () => {
  const reference = makeTable({ c: categories(2000, 1, ['a', 'b', 'c'], [1, 1, 1]) });
  const current = makeTable({ c: categories(2000, 2, ['a', 'b', 'c'], [2, 1, 1]) });
  const base2 = column(measureDrift(reference, current), 'c').statistic as number;
  const baseE = column(measureDrift(reference, current, { jsBase: 'e' }), 'c').statistic as number;
  assert.ok(Math.abs(baseE - base2 * Math.sqrt(Math.LN2)) < 1e-12, `${baseE} vs ${base2} * sqrt(ln 2)`);
  assert.equal(detectDrift(reference, current, { jsBase: 'e' }).metrics['js-log-base'], 'e');
});

test('corrections adjust p-values across feature columns: Bonferroni and Benjamini-Hochberg', () => {
  const n = 300;
  const reference = makeTable({ a: normalSample(n, 1), b: normalSample(n, 2), c: normalSample(n, 3) });
  const current = makeTable({
    a: normalSample(n, 4, 0.25),
    b: normalSample(n, 5),
    c: normalSample(n, 6, 0.5),
  });
  const plain = measureDrift(reference, current);
  const p = Object.fromEntries(plain.columns.map((c) => [c.column, c.pValue as number]));
  const bonferroni = measureDrift(reference, current, { correction: 'bonferroni' });
  for (const c of bonferroni.columns) {
    assert.equal(c.pValue, p[c.column]);
    assert.equal(c.adjustedPValue, Math.min(1, p[c.column] * 3));
    assert.equal(c.drifted, (c.adjustedPValue as number) < 0.05);
  }
  const fdr = measureDrift(reference, current, { correction: 'fdr' });
  const sorted = Object.values(p).sort((x, y) => x - y);
  const smallest = fdr.columns.find((c) => c.pValue === sorted[0]) as ColumnDrift;
  assert.ok((smallest.adjustedPValue as number) <= Math.min(1, sorted[0] * 3) + 1e-15);
  assert.ok((smallest.adjustedPValue as number) >= sorted[0]);
  const table = detectDrift(reference, current, { correction: 'bonferroni' }).tables[0];
  assert.ok(table.columns.some((c) => c.name === 'adjusted p-value'));
  assert.ok(!detectDrift(reference, current).tables[0].columns.some((c) => c.name === 'adjusted p-value'));
});

test('a change in the missing share is drift even when the values do not move', () => {
  const values = normalSample(800, 9);
  const withGaps = (share: number) => values.map((v, i) => (i < share * values.length ? null : v));
  const reference = makeTable({ x: values });
  const big = column(measureDrift(reference, makeTable({ x: withGaps(0.2) })), 'x');
  assert.equal(big.valueDrift, false);
  assert.equal(big.missingDrift, true);
  assert.equal(big.drifted, true);
  assert.deepEqual(big.missingShare, { reference: 0, current: 0.2 });
  assert.match(big.notes.join(), /missing share moved from 0% to 20%/);
  const small = column(measureDrift(reference, makeTable({ x: withGaps(0.04) })), 'x');
  assert.equal(small.drifted, false, '4 points is within the 5-point tolerance');
  const strict = column(
    measureDrift(reference, makeTable({ x: withGaps(0.04) }), { missingShareTolerance: 0.01 }),
    'x',
  );
  assert.equal(strict.drifted, true);
});

test('categories unseen in the reference are listed with their rows; vanished ones too', () => {
  const reference = makeTable({ c: ['a', 'b', 'c', 'a', 'b', 'c'] }, { file: 'ref.csv' });
  const current = makeTable({ c: ['a', 'new1', 'b', 'new2', 'new1', 'a'] }, { file: 'cur.csv' });
  const m = measureDrift(reference, current);
  const c = column(m, 'c');
  assert.deepEqual(c.newCategories, ['new1', 'new2']);
  assert.deepEqual(c.vanishedCategories, ['c']);
  assert.deepEqual(
    c.newCategoryLocations.map((l) => l.line),
    [3, 5, 6],
  );
  const result = detectDrift(reference, current);
  const finding = result.findings.find((f) => f.check === 'new-categories');
  assert.ok(finding);
  assert.equal(finding.severity, 'notice');
  assert.equal(finding.count, 2);
  assert.deepEqual(finding.locations?.[0], { file: 'cur.csv', line: 3, unit: 'line', column: 'c' });
  assert.equal(finding.message, 'Column "c" has 2 categories the reference never had: "new1", "new2"');
  assertReportable(result);
  const one = detectDrift(reference, makeTable({ c: ['a', 'new1', 'b', 'c'] }, { file: 'cur.csv' }));
  assert.equal(
    one.findings.find((f) => f.check === 'new-categories')?.message,
    'Column "c" has 1 category the reference never had: "new1"',
  );
});

test('constant, all-missing and one-row columns: no crash, a clear note', () => {
  const reference = makeTable({
    same: [5, 5, 5, 5],
    moved: [5, 5, 5, 5],
    gone: [1, 2, 3, 4],
    empty: [null, null, null, null],
    one: ['x', 'x', 'x', 'x'],
  });
  const current = makeTable({
    same: [5, 5, 5],
    moved: [6, 6, 6],
    gone: [null, null, null],
    empty: [null, null, null],
    one: ['x', 'x', 'x'],
  });
  const m = measureDrift(reference, current, { method: 'wasserstein' });
  assert.equal(column(m, 'same').drifted, false);
  const moved = column(m, 'moved');
  assert.equal(moved.statistic, 1 / 0.001, 'a constant reference: the distance over the 0.001 floor');
  assert.equal(moved.drifted, true);
  assert.match(moved.notes.join(), /reference is constant/);
  const gone = column(m, 'gone');
  assert.equal(gone.method, null);
  assert.equal(gone.drifted, true, 'values 0% -> 100% missing');
  assert.match(gone.notes.join(), /no values in the current data/);
  const empty = column(m, 'empty');
  assert.equal(empty.drifted, false);
  assert.match(empty.notes.join(), /no values in either data set/);
  const one = column(m, 'one');
  assert.equal(one.statistic, 0);
  assert.match(one.notes.join(), /one category \("x"\) in both samples/);
  const result = detectDrift(reference, current);
  assert.ok(result.findings.some((f) => f.check === 'column-not-tested' && f.column === 'empty'));
  assertReportable(result);

  const single = detectDrift(makeTable({ x: [1], c: ['a'] }), makeTable({ x: [2], c: ['b'] }));
  assertReportable(single);
  const constantRef = measureDrift(
    makeTable({ x: Array(50).fill(1) }),
    makeTable({ x: normalSample(50, 1) }),
    {
      method: 'wasserstein',
    },
  );
  assert.match(column(constantRef, 'x').notes.join(), /reference is constant/);
});

test('the prediction is compared on its own line and not counted in the drift share', () => {
  const n = 600;
  const reference = makeTable({ a: normalSample(n, 1), b: normalSample(n, 2), score: normalSample(n, 3) });
  const current = makeTable({ a: normalSample(n, 4), b: normalSample(n, 5), score: normalSample(n, 6, 1) });
  const m = measureDrift(reference, current, { predictionColumn: 'score' });
  assert.deepEqual(m.columns.map((c) => c.column).sort(), ['a', 'b']);
  assert.equal(m.prediction?.drifted, true);
  assert.equal(m.prediction?.role, 'prediction');
  assert.equal(m.driftShare, 0);
  assert.equal(m.datasetDrift, false);
  const result = detectDrift(reference, current, { predictionColumn: 'score' });
  const errors = result.findings.filter((f) => f.severity === 'error');
  assert.deepEqual(
    errors.map((f) => f.check),
    ['prediction-drift'],
  );
  assert.deepEqual(
    result.tables.map((t) => t.id),
    ['columns', 'prediction'],
  );
  assert.equal(result.metrics['prediction-drift'], true);
  assert.match(result.summary, /Prediction "score" drifted/);
  assert.equal(result.charts[0].id, 'drift-score');
  assertReportable(result);
});

test('severity: drifted columns warn, dataset drift is an error', () => {
  const n = 400;
  const reference = makeTable({ a: normalSample(n, 1), b: normalSample(n, 2), c: normalSample(n, 3) });
  const current = makeTable({ a: normalSample(n, 4, 1), b: normalSample(n, 5), c: normalSample(n, 6) });
  const one = detectDrift(reference, current);
  assert.deepEqual(
    one.findings.map((f) => [f.check, f.severity]),
    [['column-drift', 'warning']],
  );
  assert.equal(one.metrics['drift-detected'], false);
  assert.equal(one.metrics['drift-share'], 1 / 3);
  assert.deepEqual(one.metrics['drifted-columns'], ['a']);
  const lowShare = detectDrift(reference, current, { driftShare: 0.3 });
  assert.equal(lowShare.findings[0].check, 'dataset-drift');
  assert.equal(lowShare.findings[0].severity, 'error');
  assert.equal(lowShare.findings[0].share, 1 / 3);
  assert.equal(lowShare.metrics['drift-detected'], true);
  assert.match(
    lowShare.summary,
    /^Dataset drift: 1 of 3 columns drifted \(33.3%\), at or above the drift share 30%/,
  );
});

test('the columns table is sorted by drift score and charts show shares on shared bins', () => {
  const n = 1500;
  const labels = Array.from({ length: 14 }, (_, i) => `c${i}`);
  const reference = makeTable({
    small: normalSample(n, 1),
    big: normalSample(n, 2),
    none: normalSample(n, 3),
    cat: categories(
      n,
      4,
      labels,
      labels.map((_, i) => i + 1),
    ),
  });
  const current = makeTable({
    small: normalSample(n, 5, 0.2),
    big: normalSample(n, 6, 2),
    none: normalSample(n, 7),
    cat: categories(
      n,
      8,
      labels,
      labels.map((_, i) => 14 - i),
    ),
  });
  const result = detectDrift(reference, current);
  const rows = result.tables[0].rows;
  assert.deepEqual(
    rows.map((r) => r[0]),
    ['big', 'cat', 'small', 'none'],
  );
  const big = result.charts.find((c) => c.id === 'drift-big');
  assert.ok(big);
  assert.equal(big.kind, 'histogram');
  for (const s of big.series)
    assert.ok(Math.abs(s.values.reduce((a, b) => a + b, 0) - 1) < 1e-12, 'shares sum to 1');
  const cat = result.charts.find((c) => c.id === 'drift-cat');
  assert.ok(cat);
  assert.equal(cat.kind, 'bar');
  assert.equal(cat.labels.length, 11, 'ten categories and "other"');
  assert.equal(cat.labels[10], 'other (4)');
  assert.equal(detectDrift(reference, current, { maxCharts: 1 }).charts.length, 1);
  assertReportable(result);
});

test('a type change counts as drift unless column-types says how to read the column', () => {
  const reference = makeTable({ v: [1, 2, 3, 4, 5, 6], w: [1, 2, 3, 4, 5, 6] });
  const current = makeTable({ v: ['1', '2', '3', 'x', '5', '6'], w: [1, 2, 3, 4, 5, 6] });
  const m = measureDrift(reference, current);
  const v = column(m, 'v');
  assert.equal(v.drifted, true);
  assert.equal(v.method, null);
  assert.match(v.notes.join(), /type changed: number in the reference, category in the current data/);
  const typed = column(
    measureDrift(reference, current, { columnTypes: { v: 'numeric' }, method: 'ks' }),
    'v',
  );
  assert.equal(typed.method, 'ks');
  assert.match(typed.notes.join(), /1 current values are not numbers and count as missing/);
  const asCategories = column(measureDrift(reference, current, { columnTypes: { v: 'categorical' } }), 'v');
  assert.equal(asCategories.kind, 'categorical');
  assert.deepEqual(asCategories.newCategories, ['x']);
  assert.deepEqual(asCategories.vanishedCategories, ['4']);
  assertReportable(detectDrift(reference, current));
});

test('columns named like object members take their settings by name only', () => {
  const values = [1, 2, 3, 4, 5, 6];
  // An object literal cannot hold a __proto__ key; fromEntries can.
  const columns = Object.fromEntries(['constructor', 'toString', '__proto__'].map((name) => [name, values]));
  const m = measureDrift(makeTable(columns), makeTable(columns), {
    method: 'ks',
    columnTypes: JSON.parse('{"toString": "categorical"}'),
    thresholdPerColumn: JSON.parse('{"__proto__": 0.5}'),
  });
  assert.equal(column(m, 'constructor').kind, 'numeric');
  assert.equal(column(m, 'constructor').threshold, 0.05);
  assert.equal(column(m, 'toString').kind, 'categorical');
  assert.equal(column(m, '__proto__').threshold, 0.5);
});

test('a distance has no p-value: its cell reads as a dash, not as undefined', () => {
  const reference = makeTable({ x: normalSample(200, 1) });
  const current = makeTable({ x: normalSample(200, 2) });
  const table = detectDrift(reference, current, { method: 'psi' }).tables[0];
  const at = table.columns.findIndex((c) => c.name === 'p-value');
  assert.equal(table.rows[0][at], null);
  assert.equal(formatCell(table.rows[0][at], table.columns[at]), '—');
});

test('booleans are compared as categories', () => {
  const reference = makeTable({ b: [0, 1, 1, 0, 1, 1, 0, 1] }, { types: { b: 'boolean' } });
  const current = makeTable({ b: [1, 1, 1, 1, 1, 1, 0, 1] }, { types: { b: 'boolean' } });
  const b = column(measureDrift(reference, current), 'b');
  assert.equal(b.kind, 'categorical');
  assert.equal(b.method, 'z');
});

test('a per-column method that cannot apply is an input error; names must exist', () => {
  const reference = makeTable({ x: [1, 2, 3], c: ['a', 'b', 'c'] }, { file: 'ref.csv' });
  const current = makeTable({ x: [1, 2, 3], c: ['a', 'b', 'c'] }, { file: 'cur.csv' });
  const perColumn = inputErrorOf(() => measureDrift(reference, current, { methodPerColumn: { c: 'ks' } }));
  assert.equal(perColumn.input, 'method-per-column');
  assert.match(perColumn.message, /column "c": ks compares numeric columns only/);
  const cases: [DriftOptions, string, RegExp][] = [
    [{ columns: ['nope'] }, 'columns', /"nope", which is not a column of the reference data ref\.csv/],
    [{ excludeColumns: ['nope'] }, 'exclude-columns', /nope/],
    [{ thresholdPerColumn: { nope: 0.1 } }, 'threshold-per-column', /nope/],
    [{ predictionColumn: 'nope' }, 'prediction-column', /nope/],
    [{ method: 'bogus' as never }, 'method', /unknown method "bogus"/],
    [{ threshold: 0 }, 'threshold', /> 0/],
    [{ driftShare: 1.5 }, 'drift-share', /1.5/],
    [{ correction: 'holm' as never }, 'correction', /holm/],
    [{ jsBase: 10 as never }, 'js-base', /2 or e/],
    [{ targetColumn: 'x' }, 'prediction-column', /target-column is set/],
    [{ excludeColumns: ['x', 'c'] }, 'columns', /no columns to compare/],
  ];
  for (const [options, input, message] of cases) {
    const e = inputErrorOf(() => measureDrift(reference, current, options));
    assert.equal(e.input, input, JSON.stringify(options));
    assert.match(e.message, message);
  }
});

test('a threshold is a p-value level below 1 for p-value methods, any positive distance for distances', () => {
  const reference = makeTable({ x: normalSample(300, 1), c: categories(300, 2, ['a', 'b'], [1, 1]) });
  const current = makeTable({ x: normalSample(300, 3), c: categories(300, 4, ['a', 'b'], [1, 1]) });
  const global = inputErrorOf(() => measureDrift(reference, current, { method: 'ks', threshold: 1.5 }));
  assert.equal(global.input, 'threshold');
  assert.match(
    global.message,
    /threshold 1\.5 is a p-value level for column "x" \(compared by ks\) and must be below 1/,
  );
  const perColumn = inputErrorOf(() =>
    measureDrift(reference, current, { method: 'chi-square', thresholdPerColumn: { c: 7 } }),
  );
  assert.equal(perColumn.input, 'threshold-per-column');
  assert.match(perColumn.message, /column "c" \(compared by chi-square\)/);
  // PSI and the normed Wasserstein distance can exceed 1.
  assert.equal(
    column(measureDrift(reference, current, { method: 'psi', threshold: 1.5 }), 'x').threshold,
    1.5,
  );
});

test('a column with no value on one side drifted by its missing share, not by a type its empty side was read as', () => {
  const reference = makeTable({ a: [1, 2, 3, 4], b: ['x', 'y', 'x', 'y'] });
  // An empty column is read as text: nothing tells what it would have held.
  const current = makeTable(
    { a: [null, null, null, null], b: ['x', 'y', 'y', 'x'] },
    { types: { a: 'string' } },
  );
  const a = column(measureDrift(reference, current), 'a');
  assert.equal(a.drifted, true);
  assert.equal(a.missingDrift, true);
  assert.equal(a.valueDrift, false);
  assert.deepEqual(a.notes, [
    'missing share moved from 0% to 100%',
    'no values in the current data: nothing to compare',
  ]);
});

test('columns with no value on both sides compare nothing, which is never a pass', () => {
  const empty = () => makeTable({ a: [null, null], b: [null, null] as (string | null)[] }, { file: 'e.csv' });
  assert.throws(() => measureDrift(empty(), empty()), {
    name: 'DataError',
    message:
      /^e\.csv: no column has values in both e\.csv and this file \("a": no values in either data set: nothing to compare, "b": .*\), so nothing was compared$/,
  });
});

test('columns missing because a file has no header row: the messages say so', () => {
  const reference = makeTable({ x: [1, 2, 3, 4], c: ['a', 'b', 'a', 'b'] }, { file: 'ref.csv' });
  // The first row of a headerless file became its names.
  const headerless = makeTable({ '0.25': [1, 2, 3], a: ['b', 'a', 'b'] }, { file: 'cur.csv' });
  const none = inputErrorOf(() => measureDrift(reference, headerless));
  assert.match(
    none.message,
    /no feature columns in common\. Column names of cur\.csv read as numbers \("0\.25"\)/,
  );
  const named = inputErrorOf(() => measureDrift(reference, headerless, { columns: ['x'] }));
  assert.match(
    named.message,
    /"x", which is not a column of the current data cur\.csv\. Column names of cur\.csv read/,
  );

  const oneInCommon = makeTable({ '0.25': [1, 2, 3], c: ['b', 'a', 'b'] }, { file: 'cur.csv' });
  const report = buildReport('check-drift', 'check-drift', detectDrift(reference, oneInCommon), {
    now: new Date(0),
    version: '0.0.0',
  });
  const missing = report.findings.find((f) => f.check === 'missing-columns');
  assert.match(
    missing?.message ?? '',
    /1 reference column is absent from cur\.csv: "x"\. Column names of cur\.csv read as numbers/,
  );

  const integerNames = makeTable({ '2019': [1, 2, 3], c: ['b', 'a', 'b'] }, { file: 'cur.csv' });
  const plain = buildReport('check-drift', 'check-drift', detectDrift(reference, integerNames), {
    now: new Date(0),
    version: '0.0.0',
  });
  assert.doesNotMatch(
    plain.findings.find((f) => f.check === 'missing-columns')?.message ?? 'none',
    /read as/,
  );
});

test('automatic column choice: skips datetimes and identifier-like text, excludes ids, target and listed columns', () => {
  const n = 200;
  const ids = Array.from({ length: n }, (_, i) => `user-${i}`);
  const reference = makeTable(
    {
      id: ids,
      when: ids.map((_, i) => i * 1000),
      key: ids.map((_, i) => i),
      x: normalSample(n, 1),
      y: normalSample(n, 2),
    },
    { types: { id: 'string', when: 'datetime' } },
  );
  const current = makeTable(
    {
      id: ids,
      when: ids.map((_, i) => i * 1000),
      key: ids.map((_, i) => i),
      x: normalSample(n, 3),
      extra: normalSample(n, 4),
    },
    { types: { id: 'string', when: 'datetime' } },
  );
  const m = measureDrift(reference, current, { idColumns: ['key'] });
  assert.deepEqual(
    m.columns.map((c) => c.column),
    ['x'],
  );
  assert.deepEqual(
    m.skipped.map((s) => s.column),
    ['id', 'when'],
  );
  assert.deepEqual(m.missingColumns, ['y']);
  assert.deepEqual(m.extraColumns, ['extra']);
  const result = detectDrift(reference, current, { idColumns: ['key'] });
  const checks = result.findings.map((f) => `${f.check}:${f.severity}`);
  assert.deepEqual(checks, ['missing-columns:warning', 'new-columns:notice', 'columns-skipped:notice']);
  const named = measureDrift(reference, current, { columns: ['id', 'x'] });
  assert.deepEqual(named.columns.map((c) => c.column).sort(), ['id', 'x']);
});

test('with a target, concept drift is measured and a large drop is an error', () => {
  const n = 300;
  const random = seededRandom(4);
  const truth = Array.from({ length: n }, () => (random() < 0.5 ? 1 : 0));
  const good = truth.map((t) => (random() < 0.9 ? t : 1 - t));
  const bad = truth.map((t) => (random() < 0.7 ? t : 1 - t));
  const features = normalSample(n, 5);
  const reference = makeTable({ f: features, y: truth, p: good });
  const current = makeTable({ f: features, y: truth, p: bad });
  const options: DriftOptions = {
    predictionColumn: 'p',
    targetColumn: 'y',
    task: 'classification',
    maxPerformanceDrop: 0.1,
    bootstrap: { iterations: 50, seed: 3 },
  };
  const m = measureDrift(reference, current, options);
  assert.deepEqual(
    m.columns.map((c) => c.column),
    ['f'],
    'target and prediction are not features',
  );
  assert.equal(m.performance?.retrainNeeded, true);
  const result = detectDrift(reference, current, options);
  const concept = result.findings.find((f) => f.check === 'concept-drift');
  assert.ok(concept);
  assert.equal(concept.severity, 'error');
  assert.match(concept.message, /accuracy 0\.\d+ → 0\.\d+ \(0\.\d+ worse, allowed 0\.1\)/);
  assert.equal(result.metrics['retrain-needed'], true);
  assert.equal(result.metrics['performance-metric'], 'accuracy');
  const table = result.tables.find((t) => t.id === 'performance');
  assert.ok(table);
  assert.deepEqual(
    table.rows.map((r) => r[0]),
    ['accuracy', 'f1 (binary, positive "1")', 'rows scored'],
  );
  assertReportable(result);
});
