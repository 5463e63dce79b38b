import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gateFails } from './gate.ts';

describe('gateFails', () => {
  it('fails on errors by default, on warnings too when asked, never when told', () => {
    assert.equal(gateFails('fail', 'error'), true);
    assert.equal(gateFails('warn', 'error'), false);
    assert.equal(gateFails('pass', 'error'), false);
    assert.equal(gateFails('warn', 'warning'), true);
    assert.equal(gateFails('fail', 'warning'), true);
    assert.equal(gateFails('pass', 'warning'), false);
    assert.equal(gateFails('fail', 'never'), false);
  });
});
