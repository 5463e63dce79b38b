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
  it('reads long-form CSV: metric, variant, value per row; missing values are NaN', async () => {
    const path = file(
      'ok.csv',
      'metric,variant,value\nlatency,baseline,1.5\nlatency,canary,2\nlatency,canary,\nerrors,baseline,0\n',
    );
    const samples = await readMetricsFile(path, new Set(['latency', 'errors']));
    assert.deepEqual(samples.baseline.get('latency'), [1.5]);
    assert.deepEqual(samples.canary.get('latency'), [2, Number.NaN]);
    assert.deepEqual(samples.baseline.get('errors'), [0]);
    assert.equal(samples.canary.has('errors'), false);
  });

  it('reads JSON {baseline: {metric: [numbers]}, canary: {...}}, null as NaN', async () => {
    const path = file('ok.json', '{"baseline": {"latency": [1, 2]}, "canary": {"latency": [3, null]}}');
    const samples = await readMetricsFile(path);
    assert.deepEqual(samples.baseline.get('latency'), [1, 2]);
    assert.deepEqual(samples.canary.get('latency'), [3, Number.NaN]);
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
        /value\.csv:3: value "fast" is not a number \(1 such rows\)$/,
      ],
      [
        'columns.csv',
        'name,variant,value\nlatency,baseline,1\n',
        /columns\.csv: .*"metric" that does not exist/,
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
});
