import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UserError } from '@modelgate/core';
import { judge, parsePolicyLines, parsePolicyYaml } from './policy.ts';

test('compact lines parse into rules; comments and blank lines are ignored', () => {
  const rules = parsePolicyLines('demographic_parity_ratio >= 0.8\n# note\n\nequalized_odds_difference<=.1');
  assert.deepEqual(
    rules.map((r) => [r.metric, r.comparison, r.bound]),
    [
      ['demographic_parity_ratio', '>=', 0.8],
      ['equalized_odds_difference', '<=', 0.1],
    ],
  );
});

test('a YAML policy may be a list of lines or a mapping', () => {
  const list = parsePolicyYaml('- demographic_parity_ratio >= 0.8\n- disparate_impact >= 0.9\n', 'p.yml');
  const mapping = parsePolicyYaml('rules:\n  demographic_parity_ratio: ">= 0.8"\n', 'p.yml');
  assert.deepEqual(
    list.map((r) => r.metric),
    ['demographic_parity_ratio', 'disparate_impact'],
  );
  assert.equal(mapping[0].bound, 0.8);
});

test('an unknown metric or a malformed rule is a user error naming it', () => {
  assert.throws(
    () => parsePolicyLines('parity >= 0.8'),
    (e: Error) => e instanceof UserError && /'parity'/.test(e.message),
  );
  assert.throws(() => parsePolicyLines('demographic_parity_ratio about 0.8'), UserError);
  assert.throws(
    () => parsePolicyYaml('a: [1', 'p.yml'),
    (e: Error) => /p\.yml/.test(e.message),
  );
});

test('gate-on interval fails only when the whole interval breaks the rule', () => {
  const [rule] = parsePolicyLines('demographic_parity_ratio >= 0.8');
  assert.equal(judge(rule, 0.75, { low: 0.7, high: 0.85 }, 'estimate'), 'fail');
  assert.equal(judge(rule, 0.75, { low: 0.7, high: 0.85 }, 'interval'), 'pass');
  assert.equal(judge(rule, 0.75, { low: 0.7, high: 0.79 }, 'interval'), 'fail');
  assert.equal(judge(rule, Number.NaN, null, 'estimate'), 'undefined');
});
