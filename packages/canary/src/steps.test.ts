import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextStep, parseDuration, parseSteps } from './steps.ts';

describe('traffic steps', () => {
  const steps = parseSteps(['5', '25', '50', '100']);

  it('moves to the next step on promote, stays on hold, goes to 0 on rollback', () => {
    assert.deepEqual(nextStep(steps, 5, 'promote'), { nextWeight: 25, promoted: false });
    assert.deepEqual(nextStep(steps, 25, 'hold'), { nextWeight: 25, promoted: false });
    assert.deepEqual(nextStep(steps, 50, 'rollback'), { nextWeight: 0, promoted: false });
  });

  it('is promoted when a promote reaches the last step', () => {
    assert.deepEqual(nextStep(steps, 50, 'promote'), { nextWeight: 100, promoted: true });
    assert.deepEqual(nextStep(steps, 100, 'promote'), { nextWeight: 100, promoted: true });
    assert.deepEqual(nextStep(steps, 100, 'hold'), { nextWeight: 100, promoted: false });
  });

  it('rejects a current weight that is not a step, and steps out of order or range', () => {
    assert.throws(
      () => nextStep(steps, 10, 'promote'),
      /^UserError: input "current-weight" is 10: expected one of the steps 5, 25, 50, 100$/,
    );
    assert.throws(() => parseSteps(['5', '50', '25']), /input "steps" is out of order: 25 follows 50/);
    assert.throws(() => parseSteps(['5', '5']), /out of order/);
    assert.throws(
      () => parseSteps(['0', '100']),
      /input "steps" has "0": expected whole percentages from 1 to 100/,
    );
    assert.throws(() => parseSteps(['12.5']), /whole percentages/);
    assert.throws(() => parseSteps([]), /at least one traffic step/);
  });
});

describe('parseDuration', () => {
  it('reads Prometheus durations in seconds', () => {
    assert.equal(parseDuration('30s', 'step'), 30);
    assert.equal(parseDuration('5m', 'window'), 300);
    assert.equal(parseDuration('1h30m', 'window'), 5400);
    assert.equal(parseDuration('250ms', 'interval'), 0.25);
    assert.equal(parseDuration('0s', 'interval'), 0);
  });

  it('rejects anything else, naming the input', () => {
    for (const bad of ['', '5', '5 minutes', 'm5', '1h 30m', '-1s']) {
      assert.throws(
        () => parseDuration(bad, 'window'),
        /^UserError: input "window" is .*: expected a duration/,
        bad,
      );
    }
  });
});
