import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { describeError } from '../action/errors.ts';
import { UserError } from '../errors.ts';
import { sampleDriftReport, sampleValidationReport } from './fixtures/sample-reports.ts';
import type { Report } from './model.ts';
import { renderHtml } from './render-html.ts';
import { serializeReport, writeReportFiles } from './write.ts';

const scratch = await mkdtemp(join(tmpdir(), 'modelgate-report-'));
after(() => rm(scratch, { recursive: true, force: true }));

describe('writeReportFiles', () => {
  it('creates the directory and writes report.json, report.md and report.html', async () => {
    const dir = join(scratch, 'nested', 'reports');
    const report = sampleDriftReport();
    const paths = await writeReportFiles(report, dir);
    assert.deepEqual(paths, {
      json: join(dir, 'report.json'),
      markdown: join(dir, 'report.md'),
      html: join(dir, 'report.html'),
    });
    assert.deepEqual(JSON.parse(await readFile(paths.json, 'utf8')), report);
    assert.match(await readFile(paths.markdown, 'utf8'), /^## ⚠️ Warn — check-drift · nightly-drift\n/);
    assert.equal(await readFile(paths.html, 'utf8'), renderHtml(report));
  });

  it('returns absolute paths for a relative directory', async () => {
    const paths = await writeReportFiles(
      sampleValidationReport(),
      join('.', 'node_modules', '.cache', 'modelgate-report-test'),
    );
    assert.ok(paths.json.startsWith('/'));
    await rm(join(paths.json, '..'), { recursive: true, force: true });
  });

  it('names the directory when it cannot write', async () => {
    const file = join(scratch, 'a-file');
    await writeFile(file, 'x');
    await assert.rejects(writeReportFiles(sampleDriftReport(), join(file, 'sub')), (error: Error) => {
      assert.ok(error instanceof UserError, "a folder that cannot be written is the user's to fix");
      assert.match(
        error.message,
        /^Cannot write the report files into .*a-file\/sub: .*a part of the path is not a folder$/,
      );
      assert.equal((error.cause as NodeJS.ErrnoException).code, 'ENOTDIR');
      assert.equal(describeError(error).internal, false);
      return true;
    });
  });

  it('says a file is in the way when the report folder is a file', async () => {
    const file = join(scratch, 'in-the-way');
    await writeFile(file, 'x');
    await assert.rejects(writeReportFiles(sampleDriftReport(), file), (error: Error) => {
      assert.ok(error instanceof UserError);
      assert.match(error.message, /in-the-way: a file is in the way where a folder is needed$/);
      return true;
    });
  });
});

describe('serializeReport', () => {
  it('writes keys in the model order whatever order the object was built in', () => {
    const report = sampleValidationReport();
    const shuffled = Object.fromEntries(Object.entries(report).reverse()) as unknown as Report;
    shuffled.findings = report.findings.map(
      (f) => Object.fromEntries(Object.entries(f).reverse()) as unknown as Report['findings'][0],
    );
    const text = serializeReport(shuffled);
    assert.equal(text, serializeReport(report));
    assert.deepEqual(Object.keys(JSON.parse(text)), [
      'schemaVersion',
      'action',
      'reportName',
      'verdict',
      'summary',
      'createdAt',
      'tool',
      'metrics',
      'findings',
      'tables',
      'charts',
    ]);
    assert.deepEqual(Object.keys(JSON.parse(text).findings[1]), [
      'check',
      'severity',
      'column',
      'message',
      'count',
      'share',
      'locations',
    ]);
  });

  it('is pretty-printed with a final newline and keeps metric order', () => {
    const text = serializeReport(sampleDriftReport());
    assert.ok(text.startsWith('{\n  "schemaVersion": 1,\n  "action": "check-drift",\n'));
    assert.ok(text.endsWith('}\n'));
    assert.deepEqual(Object.keys(JSON.parse(text).metrics), Object.keys(sampleDriftReport().metrics));
  });

  it('keeps properties the model does not know, sorted after the known ones', () => {
    const report = { ...sampleDriftReport(), zeta: 1, alpha: 2 } as Report;
    assert.deepEqual(Object.keys(JSON.parse(serializeReport(report))).slice(-2), ['alpha', 'zeta']);
  });

  it('writes non-finite numbers as null', () => {
    const report = sampleDriftReport();
    report.metrics.ratio = Number.NaN;
    assert.equal(JSON.parse(serializeReport(report)).metrics.ratio, null);
  });
});
