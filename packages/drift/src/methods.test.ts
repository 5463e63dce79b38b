import assert from 'node:assert/strict';
import { test } from 'node:test';
import { binEdges, jensenShannon } from '@modelgate/stats';
import {
  applicability,
  autoMethod,
  isDrift,
  type ProfilePair,
  runMethod,
  sharedDistribution,
  unionDistinct,
} from './methods.ts';
import { profileColumn } from './profile.ts';
import { makeTable, type TestColumn } from './testing/tables.ts';

function pair(reference: TestColumn, current: TestColumn): ProfilePair {
  return {
    reference: profileColumn(makeTable({ v: reference }).columns[0]),
    current: profileColumn(makeTable({ v: current }).columns[0]),
  };
}

const range = (n: number, scale = 1) => Array.from({ length: n }, (_, i) => i * scale);
const settings = { jsBase: 2, psiBins: 10, psiEpsilon: 1e-4 };

test('unionDistinct counts values across both samples and stops past the limit', () => {
  assert.equal(unionDistinct(pair([1, 2, 2, 3], [3, 4, null])), 4);
  assert.equal(unionDistinct(pair(range(1000), range(1000)), 5), 6, 'stops at limit + 1');
  assert.equal(unionDistinct(pair(['a', 'b'], ['b', 'c', null])), 3);
});

test('autoMethod: size and kind decide; few-valued numbers count as categories', () => {
  assert.equal(autoMethod(pair(range(1000), range(10))), 'ks');
  assert.equal(autoMethod(pair(range(1001), range(10))), 'wasserstein');
  assert.equal(autoMethod(pair([1, 2, 3, 4, 5, 1], [1, 2])), 'chi-square', 'five distinct values');
  assert.equal(autoMethod(pair([1, 2, 3, 4, 5, 6], [1, 2])), 'ks', 'six distinct values');
  assert.equal(autoMethod(pair([0, 1, 1], [1, 1])), 'z');
  assert.equal(autoMethod(pair(['a', 'b', 'c'], ['a'])), 'chi-square');
  assert.equal(
    autoMethod(
      pair(
        range(2000).map((i) => `c${i % 3}`),
        ['c1'],
      ),
    ),
    'jensen-shannon',
  );
  assert.equal(
    autoMethod(
      pair(
        range(2000).map((i) => i % 4),
        [1],
      ),
    ),
    'jensen-shannon',
  );
});

test('applicability: numeric-only methods and the two-category z-test', () => {
  assert.match(applicability('ks', pair(['a'], ['b'])) ?? '', /ks compares numeric columns only/);
  assert.match(applicability('wasserstein', pair(['a'], ['b'])) ?? '', /numeric columns only/);
  assert.equal(applicability('z', pair(['a', 'b'], ['b'])), null);
  assert.match(applicability('z', pair(['a', 'b'], ['c'])) ?? '', /two categories/);
  assert.equal(applicability('jensen-shannon', pair(['a'], ['b'])), null);
});

test('sharedDistribution: Sturges bins over both samples above 20 distinct reference values, categories below', () => {
  const reference = range(100, 0.5);
  const current = range(60, 1);
  const binned = sharedDistribution(pair(reference, current));
  assert.equal(binned.binned, true);
  const edges = binEdges(Float64Array.from(reference), Float64Array.from(current), 'sturges');
  assert.equal(binned.labels.length, edges.length - 1);
  assert.equal(
    binned.reference.reduce((a, b) => a + b, 0),
    100,
  );
  assert.equal(
    binned.current.reduce((a, b) => a + b, 0),
    60,
  );
  assert.equal(binned.labels[0], `[0, ${Number(edges[1].toPrecision(4))})`);
  assert.match(binned.labels[binned.labels.length - 1], /\]$/, 'the last bin is closed');

  const few = sharedDistribution(pair([1, 1, 2, 3], [3, 4]));
  assert.equal(few.binned, false);
  assert.deepEqual(few.labels, ['1', '2', '3', '4']);
  assert.deepEqual(few.reference, [2, 1, 1, 0]);
  assert.deepEqual(few.current, [0, 0, 1, 1]);
});

test('runMethod: JS on a numeric column is scipy jensenshannon of the shared histogram', () => {
  const p = pair(range(100, 0.5), range(60, 1));
  const d = sharedDistribution(p);
  const outcome = runMethod('jensen-shannon', p, settings);
  assert.equal(outcome.statistic, jensenShannon(d.reference, d.current, 2));
  assert.equal(outcome.pValue, null);
  const single = runMethod('chi-square', pair(['x', 'x'], ['x']), settings);
  assert.deepEqual(single, { statistic: 0, pValue: 1, note: 'one category ("x") in both samples' });
});

test('isDrift: p-values strictly below, distances at or above the threshold', () => {
  assert.equal(isDrift('ks', 0.3, 0.05, 0.05), false);
  assert.equal(isDrift('ks', 0.3, 0.0499, 0.05), true);
  assert.equal(isDrift('psi', 0.1, null, 0.1), true);
  assert.equal(isDrift('hellinger', 0.0999, null, 0.1), false);
});
