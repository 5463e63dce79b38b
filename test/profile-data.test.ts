/**
 * profile-data's built bundle run as the Actions runner runs it, against the fake GitHub API: a shard
 * profiled, shards merged as a strategy.matrix would, and data that cannot be profiled.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { decodeProfile } from '@modelgate/profile';
import { populationVariance } from '@modelgate/stats';
import type { FakeGitHub } from './harness/fake-github.ts';
import { type RunBundledActionOptions, runBundledAction } from './harness/runner.ts';
import { exampleWorkspace, fakeGitHubs } from './harness/suite.ts';

const ACTION = fileURLToPath(new URL('../actions/profile-data', import.meta.url));
const startFake = fakeGitHubs({ tokens: { ghs_harnessInstallationToken0000000000: 'write' } });

function run(
  fake: FakeGitHub,
  workspace: string,
  options: Omit<RunBundledActionOptions, 'actionDir' | 'apiUrl' | 'workspace'>,
) {
  return runBundledAction({ actionDir: ACTION, apiUrl: fake.url, workspace, ...options });
}

describe('profile-data run as the runner runs it', { concurrency: true }, () => {
  it('profiles two shards in matrix jobs and merges them into the profile of both', async () => {
    const fake = await startFake();
    const ws = exampleWorkspace();
    const event = fake.openPullRequest({ number: 7 });
    for (const shard of ['train', 'serving']) {
      const result = await run(fake, ws, {
        event,
        inputs: {
          data: `examples/data/${shard}.csv`,
          output: `profiles/${shard}.json`,
          'report-name': `profile ${shard}`,
        },
      });
      assert.equal(result.exitCode, 0, result.stdout + result.stderr);
      assert.equal(result.outputs.rows, '800');
      const written = readFileSync(result.outputs['profile-path'], 'utf8');
      assert.equal(decodeProfile(written, shard).rows, 800);
      assert.match(written, new RegExp(`"digest":"${result.outputs.digest}"`));
    }
    const merged = await run(fake, ws, { event, inputs: { merge: 'profiles/*.json', output: 'all.json' } });
    assert.equal(merged.exitCode, 0, merged.stdout + merged.stderr);
    assert.equal(merged.outputs.rows, '1600');
    const whole = await run(fake, ws, {
      event,
      inputs: {
        data: 'examples/data/serving.csv, examples/data/train.csv',
        output: 'whole.json',
        'report-name': 'whole',
      },
    });
    const a = decodeProfile(readFileSync(join(ws, 'all.json'), 'utf8'), 'all.json');
    const b = decodeProfile(readFileSync(join(ws, 'whole.json'), 'utf8'), 'whole.json');
    assert.equal(whole.exitCode, 0, whole.stderr);
    for (const column of b.columns) {
      const m = a.columns.find((c) => c.name === column.name);
      assert.ok(m, column.name);
      assert.equal(m.missing, column.missing);
      assert.deepEqual(m.types, column.types);
      if (column.numeric && m.numeric) {
        assert.equal(m.numeric.moments.count, column.numeric.moments.count);
        assert.equal(m.numeric.moments.min, column.numeric.moments.min);
        const v = populationVariance(column.numeric.moments);
        assert.ok(Math.abs(populationVariance(m.numeric.moments) - v) <= 1e-9 * v);
      }
      if (column.categories) assert.deepEqual(new Map(m.categories?.exact), new Map(column.categories.exact));
    }
    assert.equal(fake.checkRuns.filter((r) => r.conclusion === 'success').length, 4);
    assert.deepEqual(fake.violations, []);
  });

  it('shards files across matrix jobs: every file once, a job without a file writes an empty profile', async () => {
    const fake = await startFake();
    const ws = exampleWorkspace();
    const rows: string[] = [];
    for (let shard = 0; shard < 3; shard++) {
      const result = await run(fake, ws, {
        inputs: {
          data: 'examples/data/[st]*.csv',
          shard: `${shard}/3`,
          output: `shards/${shard}.json`,
          'report-name': `s${shard}`,
        },
      });
      assert.equal(result.exitCode, 0, result.stdout);
      rows.push(result.outputs.rows);
    }
    // serving.csv and train.csv in sorted order: one each for shards 0 and 1, none for shard 2.
    assert.deepEqual(rows, ['800', '800', '0']);
    const merged = await run(fake, ws, { inputs: { merge: 'shards/*.json', output: 'all.json' } });
    const whole = await run(fake, ws, {
      inputs: { data: 'examples/data/[st]*.csv', output: 'whole.json', 'report-name': 'w' },
    });
    assert.equal(merged.outputs.rows, whole.outputs.rows);
    const bad = await run(fake, ws, { inputs: { data: 'examples/data/*.csv', shard: '3/3' } });
    assert.equal(bad.exitCode, 1);
    assert.match(bad.stdout, /shard must be i\/n with 0 <= i < n/);
  });

  it('fails the step, naming the file, when no row can be read, and counts unreadable rows', async () => {
    const fake = await startFake();
    const ws = exampleWorkspace();
    writeFileSync(join(ws, 'header-only.csv'), 'a,b\n');
    const empty = await run(fake, ws, { inputs: { data: 'header-only.csv' } });
    assert.equal(empty.exitCode, 1);
    assert.match(empty.stdout, /::error::header-only\.csv: nothing to profile: it has no rows/);
    writeFileSync(join(ws, 'ragged.csv'), 'a,b\n1,2,3\n4\n');
    const ragged = await run(fake, ws, { inputs: { data: 'ragged.csv' } });
    assert.equal(ragged.exitCode, 1);
    assert.match(ragged.stdout, /nothing to profile: all 2 rows are unreadable/);
    writeFileSync(join(ws, 'some.csv'), 'a,b\n1,2\n1,2,3\n');
    const some = await run(fake, ws, { inputs: { data: 'some.csv' } });
    assert.equal(some.exitCode, 0, some.stdout);
    assert.equal(some.outputs['unreadable-rows'], '1');
    assert.equal(some.outputs.verdict, 'warn');
  });

  it('writes the profile only inside the workspace or RUNNER_TEMP, as validate-data its inferred schema', async () => {
    const fake = await startFake();
    const ws = exampleWorkspace();
    const outside = join(ws, '..', `escaped-${Date.now()}.json`);
    const profile = await run(fake, ws, {
      inputs: { data: 'examples/data/train.csv', output: `../${basename(outside)}` },
    });
    assert.equal(profile.exitCode, 1);
    assert.match(profile.stdout, /Input "output": .* leads outside the workspace/);
    const schema = await runBundledAction({
      actionDir: fileURLToPath(new URL('../actions/validate-data', import.meta.url)),
      apiUrl: fake.url,
      workspace: ws,
      inputs: { data: 'examples/data/train.csv', 'infer-schema-output': outside },
    });
    assert.equal(schema.exitCode, 1);
    assert.match(schema.stdout, /Input "infer-schema-output": .* leads outside the workspace/);
    assert.equal(existsSync(outside), false);
  });

  it('takes data or merge, not both, and refuses a damaged profile with its file and field', async () => {
    const fake = await startFake();
    const ws = exampleWorkspace();
    const both = await run(fake, ws, { inputs: { data: 'examples/data/train.csv', merge: 'x.json' } });
    assert.equal(both.exitCode, 1);
    assert.match(both.stdout, /give either `data`/);
    writeFileSync(
      join(ws, 'bad.json'),
      '{"format":"modelgate-profile","version":1,"rows":1,"columns":[{"name":"a"}]}',
    );
    const bad = await run(fake, ws, { inputs: { merge: 'bad.json' } });
    assert.equal(bad.exitCode, 1);
    assert.match(bad.stdout, /bad\.json: columns\[0\]\.kind: expected "numeric" or "categorical"/);
  });
});
