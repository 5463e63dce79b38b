import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readTableChunks } from '@modelgate/core';
import { populationVariance } from '@modelgate/stats';
import fc from 'fast-check';
import { CATEGORY_CAP } from './column-profile.ts';
import { type DatasetProfile, decodeProfile, encodeProfile, mergeProfiles } from './dataset-profile.ts';
import { profileChunks } from './profile-chunks.ts';

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
