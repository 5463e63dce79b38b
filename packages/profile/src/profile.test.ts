import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readTableChunks } from '@modelgate/core';
import { populationVariance } from '@modelgate/stats';
import fc from 'fast-check';
import { addNumber, CATEGORY_CAP, emptyColumnProfile, mergeColumnProfiles } from './column-profile.ts';
import { type DatasetProfile, decodeProfile, encodeProfile, mergeProfiles } from './dataset-profile.ts';
import { profileChunks } from './profile-chunks.ts';
import { mergeProfileFiles } from './read-profiles.ts';

const dir = mkdtempSync(join(tmpdir(), 'modelgate-profile-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

interface Row {
  x: number | null;
  label: string | null;
}

function csv(rows: Row[]): string {
  const path = join(dir, `part-${files++}.csv`);
  const lines = ['x,label', ...rows.map((r) => `${r.x ?? ''},${r.label ?? ''}`)];
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

// Column types are given so that every part reads alike, as the docs tell users of sharded profiles.
const read = { columnTypes: { x: 'number' as const, label: 'category' as const } };

async function profileOf(paths: string | string[], chunkRows = 7): Promise<DatasetProfile> {
  return profileChunks(readTableChunks(paths, { ...read, chunkRows }), 'test data');
}

const rowArb = fc.record({
  x: fc.option(fc.integer({ min: -500, max: 500 }), { nil: null, freq: 8 }),
  label: fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: null, freq: 8 }),
});

function column(p: DatasetProfile, name: string) {
  const c = p.columns.find((col) => col.name === name);
  assert.ok(c, `no column ${name}`);
  return c;
}

function numericOf(p: DatasetProfile, name: string) {
  const part = column(p, name).numeric;
  assert.ok(part, `${name} has no numeric part`);
  return part;
}

function categoriesOf(p: DatasetProfile, name: string) {
  const part = column(p, name).categories;
  assert.ok(part, `${name} has no categories`);
  return part;
}

describe('profileChunks', () => {
  it('counts rows, missing cells, moments and categories exactly, whatever the chunk size', async () => {
    const rows: Row[] = [
      { x: 1, label: 'a' },
      { x: null, label: 'b' },
      { x: 3, label: null },
      { x: 3, label: 'a' },
      { x: -2, label: 'a' },
    ];
    const path = csv(rows);
    for (const chunkRows of [1, 2, 100]) {
      const p = await profileOf(path, chunkRows);
      assert.equal(p.rows, 5);
      const x = column(p, 'x');
      assert.equal(x.missing, 1);
      assert.equal(x.numeric?.moments.count, 4);
      assert.equal(x.numeric?.moments.mean, 1.25);
      assert.ok(Math.abs(populationVariance(numericOf(p, 'x').moments) - 4.1875) < 1e-12);
      assert.deepEqual(
        [...(x.numeric?.values ?? [])].sort((a, b) => a[0] - b[0]),
        [
          [-2, 1],
          [1, 1],
          [3, 2],
        ],
      );
      assert.equal(x.numeric?.kll.n, 4);
      assert.equal(Math.round(x.distinct?.estimate() ?? 0), 3);
      const label = column(p, 'label');
      assert.equal(label.missing, 1);
      assert.deepEqual(
        new Map(label.categories?.exact),
        new Map([
          ['a', 3],
          ['b', 1],
        ]),
      );
      assert.equal(p.sources[0].rows, 5);
    }
  });

  it('counts unreadable rows and cells that are not numbers', async () => {
    const path = join(dir, 'ragged.csv');
    writeFileSync(path, 'x,label\n1,a\n2,b,extra\nseven,c\n');
    const p = await profileOf(path);
    assert.equal(p.unreadableRows, 1);
    assert.equal(p.rows, 2);
    assert.equal(column(p, 'x').invalid, 1);
    assert.equal(column(p, 'x').missing, 0);
  });

  it('merge(profile(A), profile(B)) equals profile(A ∪ B): exact parts exactly, sketches within their bounds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArb, { maxLength: 300 }),
        fc.array(rowArb, { maxLength: 300 }),
        async (a, b) => {
          const [pa, pb] = [csv(a), csv(b)];
          const merged = mergeProfiles(await profileOf(pa), await profileOf(pb));
          const whole = await profileOf([pa, pb]);
          assert.equal(merged.rows, whole.rows);
          for (const name of ['x', 'label']) {
            const m = column(merged, name);
            const w = column(whole, name);
            assert.equal(m.rows, w.rows);
            assert.equal(m.missing, w.missing);
            assert.equal(m.invalid, w.invalid);
            assert.deepEqual(m.types, w.types);
            assert.ok(
              Math.abs((m.distinct?.estimate() ?? -9) - (w.distinct?.estimate() ?? 0)) <=
                0.05 * (w.distinct?.estimate() ?? 0) + 1,
            );
          }
          const mx = numericOf(merged, 'x');
          const wx = numericOf(whole, 'x');
          assert.equal(mx.moments.count, wx.moments.count);
          assert.equal(mx.moments.min, wx.moments.min);
          assert.equal(mx.moments.max, wx.moments.max);
          assert.ok(
            Math.abs(mx.moments.mean - wx.moments.mean) <= 1e-9 * Math.max(1, Math.abs(wx.moments.mean)),
          );
          assert.ok(Math.abs(mx.moments.m2 - wx.moments.m2) <= 1e-9 * Math.max(1, wx.moments.m2));
          assert.deepEqual(new Map(mx.values), new Map(wx.values));
          assert.equal(mx.kll.n, wx.kll.n);
          assert.deepEqual(
            new Map(column(merged, 'label').categories?.exact),
            new Map(column(whole, 'label').categories?.exact),
          );
          // Merging is associative and commutative on the exact parts.
          const flipped = mergeProfiles(await profileOf(pb), await profileOf(pa));
          assert.equal(column(flipped, 'x').numeric?.moments.count, mx.moments.count);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('gives up exact category counts past the cap for a frequent items sketch that bounds every count', async () => {
    const rows: Row[] = [];
    for (let i = 0; i < CATEGORY_CAP + 500; i++) rows.push({ x: i, label: `id-${i}` });
    for (let i = 0; i < 3000; i++) rows.push({ x: 0, label: 'common' });
    const p = await profileChunks(readTableChunks(csv(rows), { columnTypes: { label: 'string' } }), 'big');
    const label = categoriesOf(p, 'label');
    assert.equal(label.exact, null);
    assert.ok(label.frequent);
    assert.ok(label.frequent.lowerBound('common') <= 3000 && 3000 <= label.frequent.upperBound('common'));
    assert.equal(column(p, 'x').numeric?.values, null);
  });
});

describe('the profile file', () => {
  it('reads back to the same profile and the same text, digest included', async () => {
    const p = await profileOf(
      csv([
        { x: 1.5, label: 'a' },
        { x: null, label: 'é"\n' },
        { x: 1e300, label: null },
      ]),
    );
    const text = encodeProfile(p);
    assert.match(text, /^\{"format":"modelgate-profile","version":1,"digest":"sha256:[0-9a-f]{64}",/);
    assert.equal(encodeProfile(decodeProfile(text, 'p.json')), text);
  });

  it('of the same rows is the same bytes: sketches compact with a fixed seed', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ x: (i * 7919) % 1013, label: i % 3 ? 'a' : 'b' }));
    const path = csv(rows);
    assert.equal(encodeProfile(await profileOf(path, 1000)), encodeProfile(await profileOf(path, 1000)));
  });

  it('refuses a changed profile, and names the file and field of a damaged one', async () => {
    const text = encodeProfile(await profileOf(csv([{ x: 1, label: 'a' }])));
    assert.throws(
      () => decodeProfile(text.replace('"mean":1,', '"mean":2,'), 'p.json'),
      /p\.json: .*digest does not match/,
    );
    const json = JSON.parse(text);
    delete json.digest;
    json.columns[0].numeric.kll = 'AAAA';
    assert.throws(
      () => decodeProfile(JSON.stringify(json), 'p.json'),
      /p\.json: columns\[0\]\.numeric\.kll: /,
    );
    json.columns[0].kind = 'text';
    assert.throws(
      () => decodeProfile(JSON.stringify(json), 'p.json'),
      /columns\[0\]\.kind: expected "numeric" or "categorical"/,
    );
    assert.throws(
      () => decodeProfile('{"format":"other"}', 'q.json'),
      /q\.json: format: expected "modelgate-profile"/,
    );
    assert.throws(() => decodeProfile('not json', 'q.json'), /q\.json: not a profile/);
  });
});

describe('moments of values with a large offset', () => {
  // Timestamps: epoch microseconds plus up to 100, epoch milliseconds plus up to an hour. The goldens are
  // numpy's on the values less the first (exact, by Sterbenz), as numpy's own mean of the raw values
  // rounds to a quarter at 1.7e15 and its variance of them is off in the fifth digit:
  //   import numpy as np
  //   k = (np.arange(1000) * 7919) % 10007
  //   for off, w in [(1.7e15, 100), (1.7e12, 3600)]:
  //       x = off + k / 10007 * w; d = x - x[0]
  //       print(repr(d.var()), repr(x.mean()))
  const cases = [
    { offset: 1.7e15, width: 100, variance: 834.08410975, mean: 1700000000000050.0 },
    { offset: 1.7e12, width: 3600, variance: 1080975.5670268445, mean: 1700000001801.281 },
  ];
  const valuesOf = (offset: number, width: number) =>
    Array.from({ length: 1000 }, (_, i) => offset + (((i * 7919) % 10007) / 10007) * width);
  const near = (actual: number, expected: number, relative: number, what: string) =>
    assert.ok(
      Math.abs(actual - expected) <= relative * Math.abs(expected),
      `${what}: ${actual}, expected ${expected}`,
    );

  for (const { offset, width, variance, mean } of cases) {
    it(`gives the variance of ${offset} + U(0, ${width}) to 1e-12`, () => {
      const profile = emptyColumnProfile('t', 'numeric');
      for (const v of valuesOf(offset, width)) addNumber(profile, v, false);
      const moments = numericOf(
        { rows: 1000, unreadableRows: 0, sources: [], columns: [profile] },
        't',
      ).moments;
      near(populationVariance(moments), variance, 1e-12, 'variance');
      assert.equal(moments.mean, mean);
    });

    it(`merges shard files of ${offset} + U(0, ${width}) to the variance of the whole, to 1e-12`, () => {
      // Interleaved shards: their means differ by less than the quarter a double rounds 1.7e15 to, so the
      // merge is only right if the file keeps what the mean's double rounded off.
      const shards = [0, 1, 2].map(() => emptyColumnProfile('t', 'numeric'));
      valuesOf(offset, width).forEach((v, i) => {
        addNumber(shards[i % 3], v, false);
      });
      const reread = shards.map((column, i) => {
        const rows = column.numeric?.moments.count ?? 0;
        column.rows = rows;
        const text = encodeProfile({ rows, unreadableRows: 0, sources: [], columns: [column] });
        return decodeProfile(text, `shard-${i}.json`);
      });
      for (const merged of [
        mergeProfiles(mergeProfiles(reread[0], reread[1]), reread[2]),
        mergeProfiles(reread[2], mergeProfiles(reread[1], reread[0])),
      ]) {
        const moments = numericOf(merged, 't').moments;
        near(populationVariance(moments), variance, 1e-12, 'merged variance');
        assert.equal(moments.mean, mean);
      }
    });
  }

  it('merges in memory across shards whose first values lie far apart', () => {
    // The same rows, one shard from 1.7e15 upwards and one from 1.7e15 + 100 downwards.
    const values = valuesOf(1.7e15, 100).sort((a, b) => a - b);
    const [low, high] = [emptyColumnProfile('t', 'numeric'), emptyColumnProfile('t', 'numeric')];
    for (const v of values.slice(0, 300)) addNumber(low, v, false);
    for (const v of values.slice(300).reverse()) addNumber(high, v, false);
    const merged = mergeColumnProfiles(high, low).numeric;
    assert.ok(merged);
    near(populationVariance(merged.moments), 834.08410975, 1e-12, 'merged variance');
  });

  it('refuses a meanLow larger than the rounding of the mean', async () => {
    const json = JSON.parse(encodeProfile(await profileOf(csv([{ x: 1, label: 'a' }]))));
    delete json.digest;
    json.columns[0].numeric.meanLow = 0.5;
    assert.throws(
      () => decodeProfile(JSON.stringify(json), 'p.json'),
      /p\.json: columns\[0\]\.numeric\.meanLow: expected what the mean's double rounded off/,
    );
  });
});

describe('merging shard profiles with different columns', () => {
  async function shardFile(name: string, text: string): Promise<string> {
    const data = join(dir, `${name}.csv`);
    writeFileSync(data, text);
    const path = join(dir, `${name}.json`);
    writeFileSync(path, encodeProfile(await profileChunks(readTableChunks(data), name)));
    return path;
  }

  it('is refused, naming both files and the columns that differ, as the row readers refuse such files', async () => {
    const s1 = await shardFile('cols-1', 'a,b\n1,x\n2,y\n3,x\n');
    const s2 = await shardFile('cols-2', 'a,c\n4,q\n5,\n');
    await assert.rejects(mergeProfileFiles([s1, s2]), (error: Error) => {
      assert.equal(error.name, 'DataError');
      assert.equal(error.message, `${s2}: its columns differ from ${s1}: missing "b"; has extra "c"`);
      return true;
    });
    const [p1, p2] = [s1, s2].map((f) => decodeProfile(readFileSync(f, 'utf8'), f));
    assert.throws(() => mergeProfiles(p1, p2), /columns differ from the first's: missing "b"; has extra "c"/);
  });

  it('writes only what its own reader reads back: merged, or refused when the columns differ', async () => {
    const all = ['x', 'label'] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.subarray([...all], { minLength: 1 }), fc.array(rowArb, { maxLength: 30 })), {
          minLength: 1,
          maxLength: 4,
        }),
        async (shards) => {
          const profiles = [];
          for (const [columns, rows] of shards) {
            const path = join(dir, `part-${files++}.csv`);
            const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => r[c] ?? '').join(','))];
            writeFileSync(path, `${lines.join('\n')}\n`);
            const types = Object.fromEntries(columns.map((c) => [c, read.columnTypes[c]]));
            profiles.push(await profileChunks(readTableChunks(path, { columnTypes: types }), path));
          }
          const alike = shards.every(([columns]) => columns.join() === shards[0][0].join());
          let merged = profiles[0];
          try {
            for (const p of profiles.slice(1)) merged = mergeProfiles(merged, p);
          } catch (error) {
            assert.ok(!alike, (error as Error).message);
            assert.match((error as Error).message, /columns differ/);
            return;
          }
          assert.ok(alike, 'merged profiles with different columns');
          const text = encodeProfile(merged);
          assert.equal(encodeProfile(decodeProfile(text, 'merged.json')), text);
        },
      ),
      { numRuns: 40 },
    );
  });
});
