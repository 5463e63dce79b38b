import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DISPLAY_MAX, truncateForDisplay } from './truncate.ts';

describe('truncateForDisplay', () => {
  it('leaves text up to the limit whole', () => {
    assert.equal(truncateForDisplay('a'.repeat(DISPLAY_MAX)), 'a'.repeat(DISPLAY_MAX));
  });

  it('cuts longer text and says how much is left and where', () => {
    const shown = truncateForDisplay('x'.repeat(200_000));
    assert.equal(shown, `${'x'.repeat(DISPLAY_MAX)}… (199,000 more characters; whole in report.json)`);
  });

  it('never splits a surrogate pair', () => {
    const shown = truncateForDisplay(`${'a'.repeat(9)}😀😀`, 10);
    assert.ok(shown.startsWith(`${'a'.repeat(9)}…`), shown);
    assert.match(shown, /4 more characters/);
  });
});
