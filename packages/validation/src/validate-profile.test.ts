// validateProfile against validateChunks on the same data: where the profile kept exact counts every rule
// it answers must give the rows' status and count; past them, a sketch's answer must hold the truth
// within the bound its message states, and a rule no sketch decides must say so, never pass.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readTableChunks } from '@modelgate/core';
import { type DatasetProfile, profileChunks } from '@modelgate/profile';
import fc from 'fast-check';
import { scratchFolder } from '../../core/src/data/test-support.ts';
import type { CheckResult } from './core.ts';
import { inferSchemaChunks, inferSchemaFromProfile } from './infer.ts';
import { dataset, names, schema, schemaWith, write } from './random-datasets.ts';
import type { ColumnSchema } from './schema.ts';
import { validateChunks } from './validate.ts';
import { validateProfile } from './validate-profile.ts';

const folder = scratchFolder();
/** Checks only rows can answer, which a profile reports as needs-rows. */
const ROW_CHECKS = new Set(['duplicate-rows', 'missing-key', 'duplicate-key']);

async function profileOf(files: string[]): Promise<DatasetProfile> {
  return profileChunks(readTableChunks(files, {}), files.join(', '));
}

function checkRows(result: CheckResult) {
  const table = result.tables.find((t) => t.id === 'checks');
  assert.ok(table);
  return table.rows;
}

/** The checks table as check|column -> "status count" (keys are unique but for needs-rows). */
function checks(result: CheckResult): Map<string, string> {
  return new Map(
    checkRows(result).map(([check, column, , status, count]) => [`${check}|${column}`, `${status} ${count}`]),
  );
}

function findingOf(result: CheckResult, check: string) {
  const finding = result.findings.find((f) => f.check === check);
  assert.ok(finding, `no ${check} finding in ${JSON.stringify(result.findings, null, 1)}`);
  return finding;
}

function numberIn(message: string, pattern: RegExp): number {
  const match = pattern.exec(message);
  assert.ok(match, `${pattern} in ${message}`);
  return Number(match[1].replaceAll(',', ''));
}

describe('validateProfile', () => {
  it('gives every rule it answers the status and count the rows give, where the profile is exact', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(names, { minLength: 1 }).chain((columns) => dataset(columns)),
        schema,
        async (data, schema) => {
          // One file: the readers may read a column of several files as numbers in one and text in another,
          // which a profile refuses (profile-data's docs tell users to set column-types for shards).
          const files = write({ ...data, files: [data.files[0]] });
          const profile = await profileOf(files);
          // No row: both refuse (a profile of none is refused where profiles are read, readProfiles).
          if (profile.rows === 0 && profile.unreadableRows === 0) {
            await assert.rejects(
              validateChunks(() => readTableChunks(files, {}), schema),
              /0 rows/,
            );
            return;
          }
          const rows = await validateChunks(() => readTableChunks(files, {}), schema);
          const profiled = validateProfile(profile, schema, { name: 'p.json' });
          const expected = checks(rows);
          const got = checks(profiled);
          for (const [key, outcome] of expected) {
            const [check] = key.split('|');
            if (ROW_CHECKS.has(check)) continue;
            assert.equal(got.get(key), outcome, `${key} in ${[...got.keys()].join(', ')}`);
          }
          // Duplicate rows are one rule; a primary key is two checks on the rows and one rule here.
          const rowRules = [...expected.keys()].filter((key) => ROW_CHECKS.has(key.split('|')[0]));
          const unchecked = checkRows(profiled).filter(([check]) => check === 'needs-rows');
          assert.equal(unchecked.length > 0, rowRules.length > 0);
          assert.equal(profiled.metrics['unchecked-rules'], unchecked.length);
          assert.equal(checkRows(profiled).length, expected.size - rowRules.length + unchecked.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts values out of range from the quantile sketch, the truth within the bound it states', async () => {
    // 20,000 distinct values, too many for exact counts: the range rule falls back on KLL ranks.
    const values = Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 20_000);
    const file = folder.file('wide-range.csv', `x\n${values.join('\n')}\n`);
    const spec: ColumnSchema = {
      name: 'x',
      type: 'integer',
      required: true,
      nullable: true,
      unique: false,
      min: 600,
      max: 19_000,
    };
    const result = validateProfile(await profileOf([file]), schemaWith({ columns: [spec] }), { name: 'p' });
    const finding = findingOf(result, 'out-of-range');
    const truth = values.filter((v) => v < 600 || v > 19_000).length;
    const estimate = numberIn(finding.message, /about ([\d,]+) values/);
    const bound = numberIn(finding.message, /± ([\d,]+)/);
    assert.ok(Math.abs(estimate - truth) <= bound, `${estimate} ± ${bound} vs ${truth}`);
    assert.match(finding.message, /\(from 0 to 19999\) outside \[600, 19000\]/);
    // Min and max stay exact: a range the data keeps within passes outright.
    const inside = validateProfile(
      await profileOf([file]),
      schemaWith({ columns: [{ ...spec, min: 0, max: 20_000 }] }),
      {
        name: 'p',
      },
    );
    assert.equal(checks(inside).get('out-of-range|x'), 'pass 0');
  });

  it('bounds the cells outside an allowed set by the frequent items sketch, and says so when it cannot tell', async () => {
    // 12,000 distinct categories (past the exact cap): three heavy ones fill 90% of 120,000 cells.
    const lines: string[] = [];
    for (let i = 0; i < 120_000; i++) lines.push(i % 10 < 9 ? ['red', 'green', 'blue'][i % 3] : `rare-${i}`);
    const file = folder.file('wide-categories.csv', `colour\n${lines.join('\n')}\n`);
    const profile = await profileOf([file]);
    assert.equal(profile.columns[0].categories?.exact, null, 'the categories went to the sketch');
    const spec: ColumnSchema = {
      name: 'colour',
      type: 'category',
      required: true,
      nullable: true,
      unique: false,
      allowed: ['red', 'green', 'blue'],
    };
    const truth = lines.filter((c) => c.startsWith('rare-')).length;
    const finding = findingOf(
      validateProfile(profile, schemaWith({ columns: [spec] }), { name: 'p' }),
      'value-not-allowed',
    );
    const low = numberIn(finding.message, /between ([\d,]+) and/);
    const high = numberIn(finding.message, /and ([\d,]+) by the profile's frequent items sketch/);
    assert.ok(low <= truth && truth <= high, `${low}..${high} vs ${truth}`);
    assert.equal(finding.severity, 'error');
    // A regex needs each value: past the cap it is not checked, and the report says so.
    const regex = validateProfile(
      profile,
      schemaWith({ columns: [{ ...spec, allowed: undefined, regex: '^[a-z]' }] }),
      {
        name: 'p',
      },
    );
    assert.match(
      findingOf(regex, 'needs-rows').message,
      /Column "colour": the rule "regex \/\^\[a-z\]\/" was not checked/,
    );
    assert.equal(regex.findings.filter((f) => f.severity === 'warning').length, 1);
  });

  it('finds repeats in a unique column from the distinct-count sketch, and cannot vouch for uniqueness', async () => {
    const repeated = Array.from({ length: 30_000 }, (_, i) => i % 10_000);
    const distinct = Array.from({ length: 30_000 }, (_, i) => i);
    const spec: ColumnSchema = { name: 'id', type: 'integer', required: true, nullable: false, unique: true };
    const check = async (values: number[], label: string) =>
      validateProfile(
        await profileOf([folder.file(`${label}.csv`, `id\n${values.join('\n')}\n`)]),
        schemaWith({ columns: [spec] }),
        {
          name: 'p',
        },
      );
    const found = findingOf(await check(repeated, 'repeated-ids'), 'duplicate-value');
    const atLeast = numberIn(found.message, /at least ([\d,]+) repeats/);
    assert.ok(atLeast > 0 && atLeast <= 20_000, `${atLeast} of 20,000 repeats`);
    const unsure = await check(distinct, 'distinct-ids');
    assert.match(findingOf(unsure, 'needs-rows').message, /the rule "unique" was not checked/);
    assert.equal(
      unsure.findings.some((f) => f.check === 'duplicate-value'),
      false,
    );
  });

  it('reports rules on rows as not checked, and unreadable rows and the row count from the profile', async () => {
    const file = folder.file('small.csv', 'id,v\n1,a\n1,a\n2\n');
    const result = validateProfile(
      await profileOf([file]),
      schemaWith({ duplicateRows: 'error', primaryKey: ['id'], rows: { min: 5 } }),
      { name: 'small.json' },
    );
    const messages = result.findings.map((f) => `${f.severity} ${f.check}: ${f.message}`);
    assert.deepEqual(messages.slice(0, 2), [
      'error unreadable-row: 1 row could not be read when the profile was made and was left out (the profile keeps no line numbers)',
      'error row-count: The data has 2 rows, fewer than the minimum 5',
    ]);
    assert.ok(
      messages.includes(
        'warning needs-rows: The rule "no duplicate rows" was not checked: a profile keeps no rows to compare; give the data files to check it',
      ),
    );
    assert.ok(
      messages.includes(
        'warning needs-rows: The rule "primary key id" was not checked: a profile keeps no rows to compare; give the data files to check it',
      ),
    );
    assert.match(result.summary, /2 rows of the profile small\.json/);
  });
});

describe('inferSchemaFromProfile', () => {
  it('infers the schema inferSchemaChunks infers from the rows, where the profile is exact', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(names, { minLength: 1 }).chain((columns) => dataset(columns)),
        async (data) => {
          const files = write({ ...data, files: [data.files[0]] });
          if ((await profileOf(files)).rows === 0) {
            await assert.rejects(inferSchemaChunks(readTableChunks(files, {})), /no readable row/);
            return;
          }
          const { origin: _fromRows, ...fromRows } = await inferSchemaChunks(readTableChunks(files, {}));
          const { origin, ...fromProfile } = inferSchemaFromProfile(await profileOf(files), 'p.json');
          assert.deepEqual(fromProfile, fromRows);
          assert.match(origin ?? '', /^Inferred by modelgate validate-data from the profile p\.json/);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('infers a range, not unique, for an id column too many-valued for exact counts', async () => {
    const file = folder.file(
      'ids.csv',
      `order_id\n${Array.from({ length: 5_000 }, (_, i) => i + 1).join('\n')}\n`,
    );
    const [column] = inferSchemaFromProfile(await profileOf([file]), 'ids.json').columns;
    assert.deepEqual(column, {
      name: 'order_id',
      type: 'integer',
      required: true,
      nullable: false,
      unique: false,
      min: 0,
      max: 30_000,
    });
  });
});
