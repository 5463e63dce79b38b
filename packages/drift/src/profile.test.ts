import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CategoricalColumn } from '@modelgate/core';
import {
  asCategorical,
  asNumeric,
  distinctCount,
  missingShare,
  presentCount,
  profileColumn,
} from './profile.ts';
import { makeTable } from './testing/tables.ts';

test('a numeric profile is the sorted finite values; missing cells only count', () => {
  const column = makeTable({ x: [3, null, 1, 2, 1] }).columns[0];
  const profile = profileColumn(column);
  assert.equal(profile.kind, 'numeric');
  assert.deepEqual([...(profile as { sorted: Float64Array }).sorted], [1, 1, 2, 3]);
  assert.equal(presentCount(profile), 4);
  assert.equal(missingShare(profile), 0.2);
  assert.equal(distinctCount(profile), 3);
});

test('a categorical profile counts by text, merging repeated dictionary entries and dropping unused ones', () => {
  const column: CategoricalColumn = {
    kind: 'categorical',
    name: 'c',
    type: 'category',
    codes: Int32Array.of(0, 1, 2, -1, 0, 2),
    dictionary: ['a', 'b', 'a', 'unused'],
  };
  const profile = profileColumn(column);
  assert.deepEqual(profile, {
    kind: 'categorical',
    name: 'c',
    type: 'category',
    rowCount: 6,
    categories: ['a', 'b'],
    counts: [4, 1],
  });
  assert.equal(missingShare(profile), 1 / 6);
});

test('asCategorical: numbers become categories by their text; booleans read true/false', () => {
  const numbers = asCategorical(profileColumn(makeTable({ x: [2, 1, 2, null] }).columns[0]));
  assert.deepEqual(
    [numbers.categories, numbers.counts],
    [
      ['1', '2'],
      [1, 2],
    ],
  );
  const flags = asCategorical(
    profileColumn(makeTable({ b: [1, 0, 1] }, { types: { b: 'boolean' } }).columns[0]),
  );
  assert.deepEqual(flags.categories, ['false', 'true']);
  const when = asCategorical(profileColumn(makeTable({ t: [0] }, { types: { t: 'datetime' } }).columns[0]));
  assert.deepEqual(when.categories, ['1970-01-01T00:00:00.000Z']);
});

test('asNumeric: text parsed as numbers; text that is not a number counts as missing', () => {
  const profile = asNumeric(profileColumn(makeTable({ v: ['2', '1.5', 'n/a', '2', null, ' '] }).columns[0]));
  assert.deepEqual([...profile.sorted], [1.5, 2, 2]);
  assert.equal(profile.unparsed, 2);
  assert.equal(missingShare(profile), 0.5);
});
