// validate-data with a profile (profile-data's file) for the data, through the CLI: the same verdicts as on
// the rows where the profile is exact, the rules that need rows named, and clear refusals.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type Report, reportSchema, tableCellProblems } from '@modelgate/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runCli } from './harness/cli.ts';

const root = join(import.meta.dirname, '..');
const validate = new Ajv2020({ allErrors: true }).compile(reportSchema);

function modelgate(...args: string[]) {
  return runCli(args);
}

describe('validate-data on a profile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mg-validate-profile-'));
  const profileOf = (data: string, name: string) => {
    const output = join(dir, `${name}.json`);
    const made = modelgate('profile-data', '--data', data, '--output', output, '--report-dir', dir);
    assert.equal(made.code, 0, made.stderr);
    return output;
  };
  const report = (sub: string) =>
    JSON.parse(readFileSync(join(dir, sub, 'validate-data', 'report.json'), 'utf8')) as Report;

  it('gives the verdicts the rows give, and warns of the rules that need rows', () => {
    // The example serving data with a planted problem: an age out of range and a category not allowed.
    const lines = readFileSync(join(root, 'examples/data/serving.csv'), 'utf8').trimEnd().split('\n');
    const header = lines[0].split(',');
    const row = lines[1].split(',');
    row[header.indexOf('age')] = '150';
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, `${[...lines, row.join(',')].join('\n')}\n`);
    const profile = profileOf(bad, 'bad');
    const common = ['--schema', 'examples/schema.yml', '--fail-on', 'error'];
    const onRows = modelgate('validate-data', '--data', bad, ...common, '--report-dir', join(dir, 'rows'));
    const onProfile = modelgate(
      'validate-data',
      '--data',
      profile,
      ...common,
      '--report-dir',
      join(dir, 'profile'),
    );
    assert.equal(onRows.code, 1, onRows.stderr);
    assert.equal(onProfile.code, 1, onProfile.stderr);
    const [a, b] = [report('rows'), report('profile')];
    assert.ok(validate(b), JSON.stringify(validate.errors));
    assert.deepEqual(b.tables.flatMap(tableCellProblems), []);
    const errors = (r: Report) =>
      r.findings.filter((f) => f.severity === 'error').map((f) => `${f.check} ${f.count}`);
    // The planted row repeats a customer_id: the rows find it as a key; the profile, which counted every
    // id exactly, as a repeat in the unique column.
    assert.deepEqual(
      errors(b),
      errors(a).filter((e) => !e.startsWith('duplicate-key')),
    );
    assert.deepEqual(
      b.findings.filter((f) => f.check === 'needs-rows').map((f) => f.message),
      [
        'The rule "no duplicate rows" was not checked: a profile keeps no rows to compare; give the data files to check it',
        'The rule "primary key customer_id" was not checked: a profile keeps no rows to compare; give the data files to check it',
      ],
    );
    assert.match(
      b.findings.find((f) => f.check === 'validated-profile')?.message ?? '',
      /^Validated the profile .*bad\.json, not rows: counts are exact unless a message says "about"/,
    );
  });

  it('infers the schema from a reference profile as from its rows, and says the quality comparison needs rows', () => {
    const train = profileOf('examples/data/train.csv', 'train');
    const serving = profileOf('examples/data/serving.csv', 'serving');
    const run = (data: string, reference: string, sub: string) => {
      const out = join(dir, sub);
      const result = modelgate(
        'validate-data',
        '--data',
        data,
        '--reference',
        reference,
        '--report-dir',
        out,
        '--infer-schema-output',
        join(out, 'schema.yml'),
      );
      assert.ok(result.code === 0 || result.code === 1, result.stderr);
      return { report: report(sub), schema: readFileSync(join(out, 'schema.yml'), 'utf8') };
    };
    const rows = run('examples/data/serving.csv', 'examples/data/train.csv', 'ref-rows');
    const fromProfile = run('examples/data/serving.csv', train, 'ref-profile');
    const bothProfiles = run(serving, train, 'both-profiles');
    const body = (schema: string) =>
      schema
        .split('\n')
        .filter((line) => !line.startsWith('#'))
        .join('\n');
    assert.equal(body(fromProfile.schema), body(rows.schema));
    const checks = (r: Report) => r.tables.find((t) => t.id === 'checks')?.rows;
    assert.deepEqual(checks(fromProfile.report), checks(rows.report));
    for (const { report } of [fromProfile, bothProfiles]) {
      assert.match(
        report.findings.find((f) => f.check === 'no-quality-comparison')?.message ?? '',
        /is a profile: the quality comparison with the reference .* needs the rows of both, so it was not run/,
      );
    }
    assert.ok(bothProfiles.report.findings.some((f) => f.check === 'validated-profile'));
  });

  it('refuses a profile with neither schema nor reference, and a profile of no rows, with one line each', () => {
    const profile = profileOf('examples/data/serving.csv', 'serving');
    const noSchema = modelgate('validate-data', '--data', profile, '--report-dir', join(dir, 'x'));
    assert.equal(noSchema.code, 2);
    assert.match(noSchema.stderr, /the data is a profile: give a schema, or a reference to infer one from/);
    assert.equal(noSchema.stderr.trim().split('\n').length, 1);
    // A matrix job whose shard got no file writes a profile of no rows.
    const empty = join(dir, 'empty.json');
    const shard = modelgate(
      'profile-data',
      '--data',
      'examples/data/serving.csv',
      '--shard',
      '1/2',
      '--output',
      empty,
      '--report-dir',
      dir,
    );
    assert.equal(shard.code, 0, shard.stderr);
    const none = modelgate(
      'validate-data',
      '--data',
      empty,
      '--schema',
      'examples/schema.yml',
      '--report-dir',
      join(dir, 'w'),
    );
    assert.equal(none.code, 2);
    assert.match(none.stderr, /the profile holds no rows: nothing to check/);
  });
});
