import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildReport } from './build.ts';
import { hostileReport, sampleDriftReport, sampleValidationReport } from './fixtures/sample-reports.ts';
import { renderTerminal } from './render-terminal.ts';

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escape sequences is the point.
const ANSI = /\u001b\[[\d;]*m/g;

function visibleWidth(line: string): number {
  return [...line.replace(ANSI, '')].length;
}

describe('renderTerminal', () => {
  const validation = renderTerminal(sampleValidationReport(), { color: false, width: 100 });
  const drift = renderTerminal(sampleDriftReport(), { color: false, width: 80 });

  it('starts with the verdict, action and report name, then the summary', () => {
    const lines = drift.split('\n');
    assert.equal(lines[0], '▲ WARN  check-drift · nightly-drift');
    assert.match(lines[1], /^Drift in 2 of 8 columns/);
    assert.ok(validation.startsWith('✖ FAIL  validate-data\n'));
  });

  it('lists metrics with formatted values', () => {
    assert.match(drift, /\n {2}reference_rows {3}250,000\n/);
    assert.match(drift, /\n {2}dataset_drift {4}no\n/);
  });

  it('lists findings errors first with file:line locations', () => {
    const order = [...validation.matchAll(/^ {2}[✖▲•] (\w+)/gm)].map((m) => m[1]);
    assert.deepEqual(order, ['error', 'error', 'warning', 'notice']);
    assert.match(validation, /Findings {2}2 errors, 1 warning, 1 notice/);
    assert.match(validation, /✖ error {3}missing-values · customer_id\n/);
    assert.match(validation, /at data\/train\.csv:15, data\/train\.csv:342, data\/train\.csv:1207, \+1 more/);
    assert.match(validation, /at data\/train\.parquet:row 5121/);
  });

  it('shows the first table with as many columns as fit and names the rest', () => {
    assert.match(drift, /Drift per column \(8 rows\)\n {2}column {9}type {6}method/);
    assert.match(drift, /\n {2}income {9}number {4}wasserstein \(norm\.\) {9}0\.3104 {8}0\.1\n/);
    assert.match(drift, /… 2 more columns \(drifted, missing \(ref → cur\)\) in report\.html/);
    const wide = renderTerminal(sampleDriftReport(), { color: false, width: 140 });
    assert.match(
      wide,
      /\n {2}income {9}number {4}wasserstein \(norm\.\) {9}0\.3104 {8}0\.1 {2}yes {6}0\.2% → 0\.3%\n/,
    );
    assert.doesNotMatch(wide, /more columns/);
  });

  it('keeps every line within the width', () => {
    for (const width of [40, 60, 80, 120]) {
      for (const report of [sampleDriftReport(), sampleValidationReport(), hostileReport()]) {
        for (const line of renderTerminal(report, { color: true, width }).split('\n')) {
          assert.ok(visibleWidth(line) <= width, `${visibleWidth(line)} > ${width}: ${line}`);
        }
      }
    }
  });

  it('limits rows of the main table', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`row ${i}`]);
    const report = buildReport('validate-data', '', {
      summary: '',
      findings: [],
      metrics: {},
      tables: [{ id: 't', title: 'Rows', columns: [{ name: 'name', kind: 'text' }], rows }],
      charts: [],
    });
    const text = renderTerminal(report, { color: false, maxRows: 5 });
    assert.equal((text.match(/^ {2}row \d+$/gm) ?? []).length, 5);
    assert.match(text, /… 25 more rows in report\.html/);
  });

  it('uses ANSI colour only when asked', () => {
    assert.ok(!validation.includes('\u001b'));
    const coloured = renderTerminal(sampleValidationReport(), { color: true, width: 100 });
    assert.ok(coloured.startsWith('\u001b[1;31m✖ FAIL\u001b[0m'));
    assert.equal(coloured.replace(ANSI, ''), validation);
  });

  it('drops control characters from data so it cannot drive the terminal', () => {
    const text = renderTerminal(hostileReport(), { color: false });
    assert.ok(!text.includes('\u001b'));
    assert.match(text, /<script>alert\(1\)<\/script>/);
  });

  it('says none when there are no findings', () => {
    const report = buildReport('check-drift', '', {
      summary: 'Fine.',
      findings: [],
      metrics: {},
      tables: [],
      charts: [],
    });
    assert.match(
      renderTerminal(report, { color: false }),
      /^✔ PASS {2}check-drift\nFine\.\n\nFindings {2}none\n/,
    );
  });
});
