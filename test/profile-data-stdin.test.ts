/**
 * profile-data reading a stream: `--data -` (CSV), `-.jsonl` (JSON Lines) from standard input, as a
 * generator piped into the CLI would, profiled exactly as the same rows read from a file; and a stream
 * whose type sample outgrows what standard input keeps for it fails with one clear line.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { decodeProfile, encodeProfile } from '@modelgate/profile';
import { runCli } from './harness/cli.ts';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'mg-profile-stdin-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function modelgate(input: string, ...args: string[]) {
  return runCli(args, dir, input);
}

/** The profile without where its rows came from, which differs between a file and the stream. */
function columnsOf(path: string): string {
  const profile = decodeProfile(readFileSync(path, 'utf8'), path);
  return encodeProfile({ ...profile, sources: [] });
}

/** Rows enough that the KLL sketches compact and the stream spans many 4 MiB reads... of a small test. */
function csvRows(rows: number): string {
  const lines = ['x,n,c'];
  let s = 12345;
  for (let i = 0; i < rows; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    lines.push(`${(s / 2 ** 32).toFixed(6)},${i % 1500},${['red', 'green', 'blue'][i % 3]}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('profile-data from standard input', { concurrency: true }, () => {
  it('profiles CSV piped in as `-` exactly as the same rows read from a file', () => {
    const csv = csvRows(30_000);
    writeFileSync(join(dir, 'rows.csv'), csv);
    const piped = modelgate(
      csv,
      'profile-data',
      '--data',
      '-',
      '--output',
      'piped.json',
      '--report-dir',
      'r1',
    );
    assert.equal(piped.code, 0, piped.stderr + piped.stdout);
    const file = modelgate(
      '',
      'profile-data',
      '--data',
      'rows.csv',
      '--output',
      'file.json',
      '--report-dir',
      'r2',
    );
    assert.equal(file.code, 0, file.stderr + file.stdout);
    const profile = decodeProfile(readFileSync(join(dir, 'piped.json'), 'utf8'), 'piped.json');
    assert.equal(profile.rows, 30_000);
    assert.deepEqual(profile.sources, [{ file: '-', rows: 30_000 }]);
    assert.equal(columnsOf(join(dir, 'piped.json')), columnsOf(join(dir, 'file.json')));
  });

  it('reads JSON Lines from standard input named `-.jsonl`', () => {
    const lines = Array.from({ length: 2_000 }, (_, i) =>
      JSON.stringify({ id: i, group: i % 2 ? 'a' : 'b' }),
    );
    const run = modelgate(`${lines.join('\n')}\n`, 'profile-data', '--data', '-.jsonl', '--output', 'j.json');
    assert.equal(run.code, 0, run.stderr + run.stdout);
    const profile = decodeProfile(readFileSync(join(dir, 'j.json'), 'utf8'), 'j.json');
    assert.equal(profile.rows, 2_000);
    assert.deepEqual(
      profile.columns.map((c) => [c.name, c.kind, c.rows]),
      [
        ['id', 'numeric', 2_000],
        ['group', 'categorical', 2_000],
      ],
    );
  });

  it('an empty stream is one clear line and exit code 2', () => {
    const run = modelgate('', 'profile-data', '--data', '-', '--output', 'empty.json');
    assert.equal(run.code, 2, run.stderr + run.stdout);
    assert.match(run.stderr, /^modelgate profile-data: -: the file is empty: expected a header row/m);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  });

  it('when the type sample outgrows the bytes kept for it, says so instead of reading a wrong table', () => {
    // The readers' own passes, on a worker-free path with a tiny replay buffer.
    const script = `
      import { stdinReplay } from ${JSON.stringify(join(root, 'packages/core/src/data/stdin-source.ts'))};
      import { readTableChunks } from ${JSON.stringify(join(root, 'packages/core/src/data/read-chunks.ts'))};
      stdinReplay.bytes = 64;
      try {
        for await (const chunk of readTableChunks('-')) process.stdout.write(String(chunk.rowCount));
      } catch (error) {
        process.stdout.write(error.name + ': ' + error.message);
      }`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      input: csvRows(5_000),
      encoding: 'utf8',
    });
    assert.match(
      result.stdout,
      /^DataError: -: standard input can be read only once, and its first 64 bytes/,
    );
  });
});
