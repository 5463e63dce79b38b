import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { buildReport } from './build.ts';
import {
  HOSTILE,
  hostileReport,
  sampleDriftReport,
  sampleValidationReport,
} from './fixtures/sample-reports.ts';
import type { Cell, ColumnKind, Finding, Report } from './model.ts';
import { DEFAULT_MARKDOWN_MAX_LENGTH, MIN_MARKDOWN_MAX_LENGTH, renderMarkdown } from './render-markdown.ts';

const ARTIFACT = 'https://github.com/acme/shop/actions/runs/42/artifacts/7';

/** Cells in a GFM table line: pipes not escaped by an odd run of backslashes, minus the outer two. */
function cellCount(line: string): number {
  let pipes = 0;
  let backslashes = 0;
  for (const c of line) {
    if (c === '|' && backslashes % 2 === 0) pipes++;
    backslashes = c === '\\' ? backslashes + 1 : 0;
  }
  return pipes - 1;
}

/** The markdown without fenced code blocks and code spans, whose content GitHub shows literally. */
function withoutCode(markdown: string): string {
  return markdown
    .replace(/^```[^\n]*\n[\s\S]*?\n```$/gm, '')
    .replace(/(?<!\\)(`+)[^`][\s\S]*?(?<!`)\1(?!`)/g, '');
}

/** Structural checks: tables keep one cell count, <details> open and close in order, fences pair up. */
function assertWellFormed(markdown: string): void {
  let depth = 0;
  for (const tag of withoutCode(markdown).matchAll(/<(\/?)details>/g)) {
    depth += tag[1] ? -1 : 1;
    assert.ok(depth >= 0, 'closes a <details> that is not open');
  }
  assert.equal(depth, 0, 'leaves a <details> open');
  const fences = markdown.split('\n').filter((line) => line.startsWith('```'));
  assert.equal(fences.length % 2, 0, 'leaves a code fence open');
  let width: number | undefined;
  for (const line of withoutCode(markdown).split('\n')) {
    if (!line.startsWith('|')) {
      width = undefined;
      continue;
    }
    assert.ok(line.endsWith('|'), `table row does not end with a pipe: ${line}`);
    width ??= cellCount(line);
    assert.equal(cellCount(line), width, `table row with another cell count: ${line}`);
  }
}

function finding(severity: Finding['severity'], i: number): Finding {
  return {
    check: 'range',
    severity,
    column: `c${i}`,
    message: `value ${i} out of range`,
    count: i,
    locations: [{ file: 'a.csv', line: i + 1 }],
  };
}

function reportWith(findings: Finding[], rows = 0): Report {
  return buildReport('validate-data', '', {
    summary: 'Summary.',
    findings,
    metrics: {},
    tables:
      rows > 0
        ? [
            {
              id: 't',
              title: 'Rows',
              columns: [
                { name: 'i', kind: 'count' },
                { name: 'name', kind: 'text' },
              ],
              rows: Array.from({ length: rows }, (_, i) => [i, `row ${i}`]),
            },
          ]
        : [],
    charts: [],
  });
}

describe('renderMarkdown', () => {
  const drift = renderMarkdown(sampleDriftReport(), { artifactUrl: ARTIFACT });

  it('shows the first metrics and folds only the rest', () => {
    const metrics = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`metric-${i}`, i]));
    const report = buildReport('check-drift', 'many', {
      summary: 's',
      findings: [],
      metrics,
      tables: [],
      charts: [],
    });
    const text = renderMarkdown(report);
    assert.match(text, /<summary>3 more metrics<\/summary>/);
    for (let i = 0; i < 11; i++)
      assert.equal(text.split(`| metric-${i} |`).length - 1, 1, `metric-${i} once`);
  });
  const validation = renderMarkdown(sampleValidationReport());

  it('opens with the verdict, action and report name, then the summary', () => {
    const [head, , summary] = drift.split('\n');
    assert.equal(head, '## ⚠️ Warn — check-drift · nightly-drift');
    assert.equal(
      summary,
      'Drift in 2 of 8 columns (25%), below the dataset threshold of 50%: age and income moved.',
    );
    assert.ok(validation.startsWith('## ❌ Fail — validate-data\n'));
    assert.ok(renderMarkdown(reportWith([])).startsWith('## ✅ Pass — validate-data\n'));
  });

  it('shows key metrics formatted', () => {
    assert.match(drift, /\| reference\\_rows \| 250,000 \|/);
    assert.match(drift, /\| dataset\\_drift \| no \|/);
  });

  it('groups findings by severity, errors first, with count, share and file:line', () => {
    const errors = validation.indexOf('#### ❌ Errors (2)');
    const warnings = validation.indexOf('#### ⚠️ Warnings (1)');
    const notices = validation.indexOf('<details><summary>ℹ️ Notices (1)</summary>');
    assert.ok(errors > 0 && errors < warnings && warnings < notices);
    assert.match(validation, /### Findings: 2 errors, 1 warning, 1 notice/);
    assert.match(
      validation,
      /\| <code>missing-values<\/code> \| customer\\_id \| customer\\_id is required but 12 rows have no value\. \| 12 \(0\.12%\) \| <code>data\/train\.csv:15<\/code><br><code>data\/train\.csv:342<\/code><br><code>data\/train\.csv:1207<\/code><br>\+1 more \|/,
    );
    assert.match(validation, /<code>data\/train\.parquet:row 5121<\/code>/);
  });

  it('renders report tables as GFM tables, numbers right-aligned', () => {
    assert.match(
      drift,
      /\| column \| type \| method \| statistic \| threshold \| drifted \| missing \(ref → cur\) \|\n\| --- \| --- \| --- \| ---: \| ---: \| --- \| --- \|/,
    );
    assert.match(
      drift,
      /\| income \| number \| wasserstein \(norm\.\) \| 0\.3104 \| 0\.1 \| yes \| 0\.2% → 0\.3% \|/,
    );
    assert.match(validation, /\| customer\\_id \| string \| 12 \| 0 \| — \| — \| 9,988 \|/);
  });

  it('cuts a long name in a table cell or finding with a pointer to the whole value', () => {
    const long = `col_${'x'.repeat(5_000)}`;
    const report = reportWith([{ ...finding('error', 0), column: long, message: long }], 1);
    report.tables[0].rows[0][1] = long;
    const text = renderMarkdown(report);
    assert.equal(text.includes(long), false);
    const pointers = text.match(/… \([\d,]+ more characters; whole in report\.json\)/g) ?? [];
    assert.equal(pointers.length, 3, 'the column cell, the message and the table cell');
  });

  it('draws the first charts as text in a code block', () => {
    assert.match(drift, /### Charts\n\n```text\n▸ income \(/);
    assert.match(drift, /\nreference │[▁-█ ]+│\ncurrent {3}│[▁-█ ]+│\n/);
  });

  it('ends with a footer linking the artifact and naming the tool version', () => {
    assert.ok(
      drift.endsWith(`<sub>[Full report](${ARTIFACT}) · modelgate 0.1.0 · 2025-03-01T12:34:56.000Z</sub>`),
    );
    assert.match(validation, /Full report: report\.html in the run’s artifacts/);
  });

  it('is well formed and untruncated for the samples', () => {
    for (const markdown of [drift, validation]) {
      assertWellFormed(markdown);
      assert.doesNotMatch(markdown, /Shortened/);
    }
  });

  it('gives stable output for a fixed report', () => {
    assert.equal(renderMarkdown(sampleDriftReport(), { artifactUrl: ARTIFACT }), drift);
  });

  it('lets no markup, mention or structure through from data', () => {
    const markdown = renderMarkdown(hostileReport());
    assertWellFormed(markdown);
    assert.ok(!markdown.includes('\u001b'));
    // The text chart's code block shows its content literally; everywhere else data must be inert.
    const prose = withoutCode(markdown);
    assert.ok(prose.length > 1000);
    assert.doesNotMatch(prose, /<script/);
    assert.doesNotMatch(prose, /@octocat/);
    assert.doesNotMatch(prose, /(?<!\\)\*\*bold/);
    assert.doesNotMatch(prose, /(?<!\\)\[link/);
    assert.doesNotMatch(prose, /(?<!\\)`tick/);
    assert.doesNotMatch(prose, /^# head/m);
    assert.match(prose, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.ok(HOSTILE.includes('@octocat'));
  });

  it('ignores an artifact URL that is not http(s)', () => {
    const markdown = renderMarkdown(sampleDriftReport(), { artifactUrl: 'javascript:alert(1)' });
    assert.doesNotMatch(markdown, /javascript:/);
  });

  it('folds long finding groups and notices, keeps errors open', () => {
    const markdown = renderMarkdown(
      reportWith([
        ...Array.from({ length: 12 }, (_, i) => finding('warning', i)),
        ...Array.from({ length: 12 }, (_, i) => finding('error', i)),
      ]),
    );
    assert.match(markdown, /#### ❌ Errors \(12\)/);
    assert.match(markdown, /<details><summary>⚠️ Warnings \(12\)<\/summary>/);
  });

  it('limits findings to maxFindings, errors first, and says how many are left', () => {
    const markdown = renderMarkdown(
      reportWith([
        ...Array.from({ length: 5 }, (_, i) => finding('warning', i)),
        ...Array.from({ length: 5 }, (_, i) => finding('error', i)),
      ]),
      { maxFindings: 7 },
    );
    assert.equal((markdown.match(/\| <code>range<\/code> \|/g) ?? []).length, 7);
    assert.match(markdown, /…and 3 more warnings in the full report\./);
    assert.doesNotMatch(markdown, /more errors/);
  });

  it('limits table rows to maxRows and folds long tables', () => {
    const markdown = renderMarkdown(reportWith([], 30), { maxRows: 12 });
    assert.match(markdown, /<details><summary>Rows \(30 rows\)<\/summary>/);
    assert.match(markdown, /Showing 12 of 30 rows; all rows are in the full report\./);
    assert.equal((markdown.match(/\| row \d+ \|/g) ?? []).length, 12);
  });

  it('cuts whole blocks to fit maxLength, with a note pointing at the artifact', () => {
    const report = reportWith(
      Array.from({ length: 40 }, (_, i) => finding('error', i)),
      50,
    );
    const full = renderMarkdown(report, { artifactUrl: ARTIFACT });
    const maxLength = Math.floor(full.length / 2);
    const cut = renderMarkdown(report, { maxLength, artifactUrl: ARTIFACT });
    assert.ok(cut.length <= maxLength);
    assert.match(
      cut,
      /> \*\*Shortened to fit GitHub’s size limit\*\* \(.*\)\. Everything is in \[the full report\]\(https:\/\/github\.com\/acme/,
    );
    assert.ok(cut.startsWith('## ❌ Fail — validate-data'));
    assertWellFormed(cut);
  });

  it('defaults to a limit under GitHub’s 65,536 characters', () => {
    assert.ok(DEFAULT_MARKDOWN_MAX_LENGTH < 65_536);
    const big = reportWith(
      Array.from({ length: 3000 }, (_, i) => finding('error', i)),
      0,
    );
    const markdown = renderMarkdown(big, { maxFindings: 3000 });
    assert.ok(markdown.length <= DEFAULT_MARKDOWN_MAX_LENGTH);
    assert.match(markdown, /Shortened/);
  });

  it('falls back to a bare verdict and pointer when even the headline does not fit', () => {
    const report = { ...sampleDriftReport(), reportName: '&'.repeat(100), summary: '' };
    const markdown = renderMarkdown(report, { maxLength: MIN_MARKDOWN_MAX_LENGTH, artifactUrl: ARTIFACT });
    assert.equal(
      markdown,
      `## ⚠️ Warn\n\nThis report is too large to show here; see [the full report](${ARTIFACT}).`,
    );
  });

  it('rejects a limit too small for a verdict and a pointer', () => {
    assert.throws(
      () => renderMarkdown(sampleDriftReport(), { maxLength: MIN_MARKDOWN_MAX_LENGTH - 1 }),
      RangeError,
    );
  });

  it('stays under maxLength and well formed for any report', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom(HOSTILE, '<details>', '</details>', '|', '\n', '```', '\\', '`', '<br>', '@x', ''),
      fc.string({ minLength: 500, maxLength: 3000 }),
    );
    const cell: fc.Arbitrary<Cell> = fc.oneof(
      text,
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.record({
        estimate: fc.option(fc.double()),
        low: fc.option(fc.double()),
        high: fc.option(fc.double()),
      }),
    );
    const findingArb = fc.record(
      {
        check: text,
        severity: fc.constantFrom<Finding['severity']>('error', 'warning', 'notice'),
        message: text,
        column: text,
        count: fc.nat(),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
        locations: fc.array(fc.record({ file: text, line: fc.integer({ min: 1, max: 1e7 }) }), {
          maxLength: 5,
        }),
      },
      { requiredKeys: ['check', 'severity', 'message'] },
    );
    const reportArb = fc.record({
      reportName: text,
      summary: text,
      findings: fc.array(findingArb, { maxLength: 150 }),
      metrics: fc.dictionary(text, fc.oneof(text, fc.double(), fc.boolean(), fc.constant(null)), {
        maxKeys: 20,
      }),
      tables: fc.array(
        fc.record({
          id: text,
          title: text,
          columns: fc.array(
            fc.record({
              name: text,
              kind: fc.constantFrom<ColumnKind>('text', 'count', 'number', 'share', 'interval', 'status'),
            }),
            { maxLength: 8 },
          ),
          rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 80 }),
        }),
        { maxLength: 4 },
      ),
      charts: fc.array(
        fc.record({
          id: text,
          title: text,
          kind: fc.constantFrom<'bar' | 'histogram' | 'box'>('bar', 'histogram', 'box'),
          labels: fc.array(text, { maxLength: 60 }),
          series: fc.array(fc.record({ name: text, values: fc.array(fc.double(), { maxLength: 60 }) }), {
            maxLength: 3,
          }),
        }),
        { maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(
        reportArb,
        fc.oneof(
          fc.integer({ min: MIN_MARKDOWN_MAX_LENGTH, max: 3_000 }),
          fc.integer({ min: 3_000, max: 40_000 }),
        ),
        fc.boolean(),
        (parts, maxLength, link) => {
          const report: Report = {
            schemaVersion: 1,
            action: 'check-drift',
            verdict: 'fail',
            createdAt: '2025-03-01T12:34:56.000Z',
            tool: { name: 'modelgate', version: '0.1.0' },
            ...parts,
          };
          const markdown = renderMarkdown(report, {
            maxLength,
            artifactUrl: link ? ARTIFACT : undefined,
            maxFindings: 200,
            maxRows: 200,
          });
          assert.ok(markdown.length <= maxLength, `length ${markdown.length} > ${maxLength}`);
          assertWellFormed(markdown);
        },
      ),
      { numRuns: 120 },
    );
  });
});
