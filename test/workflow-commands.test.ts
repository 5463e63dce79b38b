import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commandSafe, looksLikeWorkflowCommand } from '../packages/core/src/action/log.ts';
import { HOSTILE, HOSTILE_TEXTS, injected } from './harness/hostile.ts';
import { commandsTheRunnerRuns } from './harness/runner.ts';

describe('commandSafe', () => {
  it('leaves text no runner would read as a command as it is', () => {
    for (const text of ['plain', 'a :: b', 'ratio 3::4', '# heading', 'x\ny\n']) {
      assert.equal(commandSafe(text), text);
    }
  });

  it('lets no line of the hostile corpus run as a command, and keeps it word for word', () => {
    for (const text of [...HOSTILE_TEXTS, HOSTILE, `${HOSTILE}\n`]) {
      assert.equal(injected(commandsTheRunnerRuns(text)).length > 0, looksLikeWorkflowCommand(text), text);
      const safe = commandSafe(text);
      assert.deepEqual(injected(commandsTheRunnerRuns(safe)), [], safe);
      assert.ok(safe.includes(text.replace(/\n$/, '')), 'the text itself is still printed');
      assert.equal(safe.endsWith('\n'), text.endsWith('\n'));
    }
  });

  it('uses a fresh token each time, so data cannot end the pause', () => {
    const first = /::stop-commands::(\S+)/.exec(commandSafe('::x::'))?.[1];
    const second = /::stop-commands::(\S+)/.exec(commandSafe('::x::'))?.[1];
    assert.ok(first && second && first !== second);
    const guessed = commandSafe(`::${first}::\n::add-mask::INJECTED`);
    assert.deepEqual(injected(commandsTheRunnerRuns(guessed)), []);
  });

  it('catches a command after a lone carriage return', () => {
    assert.deepEqual(injected(commandsTheRunnerRuns(commandSafe('a\r::add-mask::x'))), []);
  });
});
