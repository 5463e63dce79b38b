import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readTable, readTableChunks } from '@modelgate/core';
import { profileChunks } from '@modelgate/profile';
import { binEdges } from '@modelgate/stats';
import { measureDrift } from './detect.ts';
import { OTHER_CATEGORY, summaryFromProfile } from './from-profile.ts';
import { sharedEdges } from './methods.ts';
import { profileOf as comparedProfile, summarizeTable } from './summary.ts';

const examples = new URL('../../../examples/data/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'modelgate-from-profile-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function profileOf(path: string) {
  return profileChunks(readTableChunks(path, { chunkRows: 97 }), path);
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

describe('drift measured on a profile', () => {
  it('equals drift on the data when the profile is exact (the example data: 800 rows)', async () => {
    const train = join(examples, 'train.csv');
    const serving = join(examples, 'serving.csv');
    const options = { excludeColumns: ['customer_id'], method: 'auto' as const };
    const fromData = measureDrift(await readTable(train), await readTable(serving), options);
    const { summary, approximations } = summaryFromProfile(await profileOf(train), train);
    const fromProfile = measureDrift(summary, await readTable(serving), options);
    assert.equal(approximations.size, 0);
    const view = (m: typeof fromData) =>
      m.columns.map((c) => [c.column, c.method, c.statistic, c.pValue, c.drifted, c.missingShare]);
    assert.deepEqual(view(fromProfile), view(fromData));
    assert.deepEqual(fromProfile.driftedColumns, fromData.driftedColumns);
  });

  it('from a sketched profile: KS within the rank error it states, the same verdicts on clear cases', async () => {
    const random = lcg(7);
    const rows = (shift: number) =>
      Array.from(
        { length: 30_000 },
        (_, i) =>
          `${(random() + random() + random() + shift).toFixed(6)},${i % 3 === 0 ? 'a' : 'b'},${random().toFixed(6)}`,
      );
    const reference = join(dir, 'reference.csv');
    const current = join(dir, 'current.csv');
    writeFileSync(reference, `x,c,same\n${rows(0).join('\n')}\n`);
    writeFileSync(current, `x,c,same\n${rows(0.2).join('\n')}\n`);
    const options = { method: 'ks' as const, methodPerColumn: { c: 'chi-square' as const } };
    const exact = measureDrift(await readTable(reference), await readTable(current), options);
    const { summary, approximations } = summaryFromProfile(await profileOf(reference), reference);
    const approximate = measureDrift(summary, await readTable(current), options);
    const note = approximations.get('x');
    assert.match(note ?? '', /KLL sketch: ranks within ±[\d.]+%/);
    const bound = Number(/KS within ±([\d.e-]+)/.exec(note ?? '')?.[1]);
    for (const name of ['x', 'same']) {
      const e = exact.columns.find((c) => c.column === name);
      const a = approximate.columns.find((c) => c.column === name);
      assert.ok(e && a);
      assert.ok(
        Math.abs((a.statistic as number) - (e.statistic as number)) <= bound,
        `${name}: ${a.statistic} vs ${e.statistic}`,
      );
    }
    assert.deepEqual(approximate.driftedColumns.sort(), exact.driftedColumns.sort());
    assert.ok(approximate.driftedColumns.includes('x'));
    // The categorical column is exact in the profile: the same chi-square to the last bit.
    const chi = (m: typeof exact) => m.columns.find((c) => c.column === 'c')?.statistic;
    assert.equal(chi(approximate), chi(exact));
  });

  it("draws a sketched column's histogram bins on the rows' extent and count, so they are the rows' bins", async () => {
    const random = lcg(11);
    // Extremes far out, which a sketch's pseudo-sample all but never keeps.
    const values = (shift: number) => [
      -50,
      ...Array.from({ length: 20_000 }, () => (random() + random() + shift).toFixed(6)),
      80,
    ];
    const reference = join(dir, 'extent-reference.csv');
    const current = join(dir, 'extent-current.csv');
    writeFileSync(reference, `x\n${values(0).join('\n')}\n`);
    writeFileSync(current, `x\n${values(0.1).join('\n')}\n`);
    const rows = (path: string) =>
      readTable(path).then((t) =>
        Float64Array.from((t.columns[0] as { values: Float64Array }).values).sort(),
      );
    const [referenceRows, currentRows] = [await rows(reference), await rows(current)];
    const sketched = summaryFromProfile(await profileOf(reference), reference).summary.columns[0];
    const exactCurrent = summarizeTable(await readTable(current)).columns[0];
    const [a, b] = [comparedProfile(sketched), comparedProfile(exactCurrent)];
    assert.ok(a.kind === 'numeric' && b.kind === 'numeric' && a.extent);
    const { std, ...extent } = a.extent;
    assert.deepEqual(extent, { min: -50, max: 80, count: referenceRows.length });
    const mean = referenceRows.reduce((s, v) => s + v, 0) / referenceRows.length;
    const rowsStd = Math.sqrt(referenceRows.reduce((s, v) => s + (v - mean) ** 2, 0) / referenceRows.length);
    assert.ok(Math.abs(std - rowsStd) <= 1e-9 * rowsStd, `std ${std} vs the rows' ${rowsStd}`);
    const rowEdges = binEdges(referenceRows, currentRows, 'sturges');
    assert.deepEqual(sharedEdges(a, b), rowEdges);
    // A pseudo-sample that lost the extremes and most values still gets the rows' bins.
    const thinned = { ...a, sorted: a.sorted.filter((_, i) => i % 16 === 8) };
    assert.notDeepEqual(binEdges(thinned.sorted, b.sorted, 'sturges'), rowEdges);
    assert.deepEqual(sharedEdges(thinned, b), rowEdges);
  });

  it('turns categories past the exact cap into the heavy hitters and "(other)"', async () => {
    const path = join(dir, 'ids.csv');
    const lines = Array.from({ length: 24_000 }, (_, i) => (i % 2 === 0 ? 'common' : `id-${i}`));
    writeFileSync(path, `c\n${lines.join('\n')}\n`);
    const profile = await profileChunks(readTableChunks(path, { columnTypes: { c: 'category' } }), path);
    const { summary, approximations } = summaryFromProfile(profile, path);
    const column = summary.columns[0];
    assert.equal(column.kind, 'categorical');
    if (column.kind !== 'categorical') return;
    assert.ok(column.categories.includes('common'));
    assert.ok(column.categories.includes(OTHER_CATEGORY));
    assert.equal(
      column.counts.reduce((s, c) => s + c, 0),
      24_000,
    );
    assert.match(approximations.get('c') ?? '', /frequent items sketch/);
  });
});
