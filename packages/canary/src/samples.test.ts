import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readMetricsFile } from './samples.ts';

const dir = mkdtempSync(join(tmpdir(), 'mg-canary-samples-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('readMetricsFile', () => {
  it('reads long-form CSV: metric, variant, value per row', async () => {
    const path = file(
      'ok.csv',
      'metric,variant,value\nlatency,baseline,1.5\nlatency,canary,2\nlatency,canary, -1e+300 \nerrors,baseline,0\n',
    );
    const samples = await readMetricsFile(path, new Set(['latency', 'errors']));
    assert.deepEqual(samples.baseline.get('latency'), [1.5]);
    assert.deepEqual(samples.canary.get('latency'), [2, -1e300]);
    assert.deepEqual(samples.baseline.get('errors'), [0]);
    assert.equal(samples.canary.has('errors'), false);
  });

  it('reads JSON {baseline: {metric: [numbers]}, canary: {...}}, null as NaN', async () => {
    const path = file('ok.json', '{"baseline": {"latency": [1, 2]}, "canary": {"latency": [3, null]}}');
    const samples = await readMetricsFile(path);
    assert.deepEqual(samples.baseline.get('latency'), [1, 2]);
    assert.deepEqual(samples.canary.get('latency'), [3, Number.NaN]);
    // With the byte-order mark a Windows editor writes first, and a duplicate key still found on its line.
    const bom = file('bom.json', '\uFEFF{"baseline": {"latency": [1]}, "canary": {"latency": [3]}}');
    assert.deepEqual((await readMetricsFile(bom)).canary.get('latency'), [3]);
    const bomTwice = file(
      'bom-twice.json',
      '\uFEFF{"baseline": {"latency": [1]},\n"baseline": {"latency": [3]}}',
    );
    await assert.rejects(readMetricsFile(bomTwice), {
      message: new RegExp(`^${bomTwice}:2: baseline is given twice`),
    });
  });

  it('rejects bad files with one line naming the file, line and what is expected', async () => {
    const cases: [string, string, RegExp][] = [
      [
        'unknown.csv',
        'metric,variant,value\nlatency,baseline,1\nlatncy,canary,2\n',
        /unknown\.csv: metric "latncy" is not in the metrics list \(latency\)/,
      ],
      [
        'variant.csv',
        'metric,variant,value\nlatency,baseline,1\nlatency,control,2\n',
        /variant\.csv:3: variant "control" is not baseline or canary$/,
      ],
      [
        'value.csv',
        'metric,variant,value\nlatency,baseline,1\nlatency,canary,fast\n',
        /value\.csv:3: column "value" is "fast": expected a finite number$/,
      ],
      [
        'name.csv',
        'metric,variant,value\n::warning::x,baseline,1\n',
        /name\.csv:2: metric name "::warning::x" is not accepted/,
      ],
      [
        'variant.json',
        '{"control": {"latency": [1]}}',
        /variant\.json: variant "control" is not baseline or canary/,
      ],
      [
        'value.json',
        '{"baseline": {"latency": [1, "2"]}}',
        /value\.json: baseline\.latency\[1\] is "2", expected a number or null/,
      ],
      ['broken.json', '{"baseline": ', /broken\.json: not valid JSON/],
      ['empty.json', '{}', /empty\.json: holds no samples/],
    ];
    for (const [name, text, expected] of cases) {
      await assert.rejects(readMetricsFile(file(name, text), new Set(['latency'])), expected, name);
    }
  });

  it('names the formats it reads, and the required columns a CSV lacks and the ones it has', async () => {
    const cases: [string, string, string][] = [
      [
        'no-value.csv',
        'metric,variant,val\nlatency,baseline,1\n',
        'the metrics file lacks the required column "value": expected the columns "metric", "variant", "value", one row per sample; found "metric", "variant", "val"',
      ],
      [
        'no-metric.csv',
        'name,variant,value\nlatency,baseline,1\n',
        'the metrics file lacks the required column "metric": expected the columns "metric", "variant", "value", one row per sample; found "name", "variant", "value"',
      ],
      [
        'samples.txt',
        'metric,variant,value\nlatency,baseline,1\n',
        'a metrics file is JSON (a .json name) or a table of the columns "metric", "variant", "value" (.csv, .tsv, .jsonl, .ndjson or .parquet, or gzipped .csv.gz, .tsv.gz, .jsonl.gz, .ndjson.gz)',
      ],
      [
        'no-header.csv',
        'latency,baseline,0.5\nlatency,canary,0.7\n',
        'the metrics file lacks the required columns "metric", "variant", "value": expected the columns "metric", "variant", "value", one row per sample; found "latency", "baseline", "0.5". Column names of {path} read as numbers ("0.5"): if it has no header row, add one; its first row is read as the column names.',
      ],
    ];
    for (const [name, text, message] of cases) {
      const path = file(name, text);
      await assert.rejects(readMetricsFile(path), (error: Error) => {
        assert.equal(error.message, `${path}: ${message.replace('{path}', path)}`);
        assert.doesNotMatch(error.message, /column-types/);
        return true;
      });
    }
  });

  it('refuses a value cell that is not a finite number, naming the file, line, column and value', async () => {
    const header = 'metric,variant,value\nlatency,baseline,1\n';
    const cases: [string, string][] = [
      [
        'latency,canary,',
        'column "value" is empty: expected a finite number (leave the row out for a missing sample)',
      ],
      [
        'latency,canary,NaN',
        'column "value" is "NaN": expected a finite number (leave the row out for a missing sample)',
      ],
      [
        'latency,canary,1e999',
        'column "value" is "1e999", beyond the range of a number: expected a finite number',
      ],
      [
        'latency,canary,-1E400',
        'column "value" is "-1E400", beyond the range of a number: expected a finite number',
      ],
      ['latency,canary,inf', 'column "value" is "inf", which is infinite: expected a finite number'],
      [
        'latency,canary,-Infinity',
        'column "value" is "-Infinity", which is infinite: expected a finite number',
      ],
      [
        'latency,canary,NA',
        'column "value" is "NA": expected a finite number (leave the row out for a missing sample)',
      ],
    ];
    for (const [row, message] of cases) {
      const path = file('nonfinite.csv', `${header}latency,canary,2\n${row}\n`);
      await assert.rejects(
        readMetricsFile(path, new Set(['latency'])),
        { message: `${path}:4: ${message}` },
        row,
      );
    }
    const many = file(
      'many.csv',
      `${header}latency,canary,\nlatency,canary,2\nlatency,canary,inf\n${'latency,canary,NaN\n'.repeat(10)}`,
    );
    await assert.rejects(readMetricsFile(many), {
      message: `${many}:3: column "value" is empty: expected a finite number (leave the row out for a missing sample); 12 cells are not finite numbers, on lines 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, ...`,
    });
  });

  it('refuses a JSON key given twice, naming the key path and its line', async () => {
    const cases: [string, string, string][] = [
      [
        'twice-metric.json',
        '{\n  "baseline": {"latency": [1, 2]},\n  "canary": {\n    "latency": [3],\n    "latency": [4]\n  }\n}\n',
        ':5: canary.latency is given twice (first on line 4): expected each variant once, and each metric once per variant',
      ],
      [
        'twice-variant.json',
        '{"baseline": {"latency": [1]},\n "canary": {"latency": [2]},\n "baseline": {"latency": [3]}}',
        ':3: baseline is given twice (first on line 1): expected each variant once, and each metric once per variant',
      ],
      [
        'twice-escaped.json',
        '{"baseline": {"latency": [1], "lat\\u0065ncy": [2]}}',
        ':1: baseline.latency is given twice (first on line 1): expected each variant once, and each metric once per variant',
      ],
      [
        'twice-hostile.json',
        '{"baseline": {"<b>x</b>": [1],\n"<b>x</b>": [2]}}',
        ':2: baseline."<b>x</b>" is given twice (first on line 1): expected each variant once, and each metric once per variant',
      ],
    ];
    for (const [name, text, message] of cases) {
      const path = file(name, text);
      await assert.rejects(readMetricsFile(path), { message: `${path}${message}` }, name);
    }
  });

  it('refuses a JSON number beyond the range of a double, as written and with its line', async () => {
    const path = file('huge.json', '{"baseline": {"latency": [1,\n  -1e999]}, "canary": {"latency": [2]}}');
    await assert.rejects(readMetricsFile(path), {
      message: `${path}:2: baseline.latency[1] is -1e999, beyond the range of a number: expected a finite number or null`,
    });
  });
});
