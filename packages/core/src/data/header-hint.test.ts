import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headerRowHint } from './header-hint.ts';

test('names that read as decimals with a fraction or an exponent point at a missing header row', () => {
  const hint = headerRowHint('cur.csv', ['0.289053', '-2.4', '1e-3', 'red', '+.5', '7.25E2']);
  assert.match(hint, /^ Column names of cur\.csv read as numbers \("0\.289053", "-2\.4", "1e-3", 2 more\)/);
  assert.match(hint, /if it has no header row, add one/);
});

test('integer, text and empty names give no hint', () => {
  for (const names of [['2019', '2020', '-1'], ['0', '1', '2'], ['a.b', 'v1.2', '1.2.3', 'e5', '.'], []]) {
    assert.equal(headerRowHint('data.csv', names), '', JSON.stringify(names));
  }
});
