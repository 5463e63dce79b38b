import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as toolkit from '@actions/core';
import * as commands from './workflow-commands.ts';

/** What `run` writes to standard output, and the exit code it sets. */
function captured(run: () => void): { out: string; exitCode: typeof process.exitCode } {
  const write = process.stdout.write;
  const exitCode = process.exitCode;
  let out = '';
  process.stdout.write = ((chunk: string) => {
    out += chunk;
    return true;
  }) as typeof process.stdout.write;
  try {
    run();
    return { out, exitCode: process.exitCode };
  } finally {
    process.stdout.write = write;
    process.exitCode = exitCode;
  }
}

// Text from data: line breaks of every kind, escapes already escaped, command look-alikes, separators.
const texts = [
  'plain',
  '',
  'line one\nline two',
  'carriage\rreturn\r\nand CRLF',
  '%0A already escaped %25 and a lone %',
  '::error file=x.csv::injected\n::add-mask::',
  'col:a,b=c',
  '\u2028unicode\u2029separators 名前',
];

describe('workflow commands', () => {
  const pairs: [string, (text: string) => void, (text: string) => void][] = [
    ['info', commands.info, toolkit.info],
    ['debug', commands.debug, toolkit.debug],
    ['warning', commands.warning, toolkit.warning],
    ['error', commands.error, toolkit.error],
    ['setSecret', commands.setSecret, toolkit.setSecret],
    ['setFailed', commands.setFailed, toolkit.setFailed],
  ];
  for (const [name, ours, theirs] of pairs) {
    it(`${name} writes what @actions/core writes`, () => {
      for (const text of texts) {
        assert.deepEqual(
          captured(() => ours(text)),
          captured(() => theirs(text)),
          JSON.stringify(text),
        );
      }
    });
  }

  it('setOutput writes the set-output command as @actions/core does when there is no output file', () => {
    const saved = process.env.GITHUB_OUTPUT;
    delete process.env.GITHUB_OUTPUT;
    try {
      for (const text of texts) {
        assert.deepEqual(
          captured(() => commands.setOutput(`out,${text}`, text)),
          captured(() => toolkit.setOutput(`out,${text}`, text)),
        );
      }
    } finally {
      if (saved !== undefined) process.env.GITHUB_OUTPUT = saved;
    }
  });

  it('setOutput appends to the output file as @actions/core does, up to the random delimiter', () => {
    const folder = mkdtempSync(join(tmpdir(), 'modelgate-outputs-'));
    const saved = process.env.GITHUB_OUTPUT;
    const written = (set: (name: string, value: string) => void) => {
      const file = join(folder, 'output');
      writeFileSync(file, '');
      process.env.GITHUB_OUTPUT = file;
      for (const text of texts) set('report-path', text);
      return readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER');
    };
    try {
      const ours = written(commands.setOutput);
      assert.equal(ours, written(toolkit.setOutput));
      assert.match(ours, /^report-path<<DELIMITER\nline one\nline two\nDELIMITER\n/m);
      process.env.GITHUB_OUTPUT = join(folder, 'missing');
      assert.throws(() => commands.setOutput('x', 'y'), /Missing file at path/);
    } finally {
      if (saved === undefined) delete process.env.GITHUB_OUTPUT;
      else process.env.GITHUB_OUTPUT = saved;
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
