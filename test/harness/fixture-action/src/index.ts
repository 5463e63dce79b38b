import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import { publishReport } from '../../../../packages/core/src/github/index.ts';
import {
  type Finding,
  REPORT_SCHEMA_VERSION,
  type Report,
  type Severity,
  verdictOf,
} from '../../../../packages/core/src/report/model.ts';

async function run(): Promise<void> {
  const count = Number(core.getInput('findings'));
  const severity = core.getInput('severity') as Severity;
  const reportName = core.getInput('report-name');
  const findings: Finding[] = Array.from({ length: count }, (_, i) => ({
    check: 'fixture-check',
    severity,
    message: `Value out of range in row ${i + 1}`,
    column: 'age',
    locations: [{ file: 'data/train.csv', line: i + 2, column: 'age' }],
  }));
  const verdict = verdictOf(findings);
  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    action: 'fixture',
    reportName,
    verdict,
    summary: `${count} findings`,
    findings,
    metrics: { findings: count },
    tables: [],
    charts: [],
    createdAt: new Date().toISOString(),
    tool: { name: 'modelgate', version: '0.0.0-fixture' },
  };
  let markdown = `## ${reportName}: ${verdict}\n\n${report.summary}\n`;
  const padTo = Number(core.getInput('markdown-length'));
  for (let row = 1; markdown.length < padTo; row++) markdown += `| row ${row} | ${'x'.repeat(60)} |\n`;

  const reportDir = core.getInput('report-dir');
  mkdirSync(reportDir, { recursive: true });
  writeFileSync(join(reportDir, 'report.json'), JSON.stringify(report, null, 2));
  writeFileSync(join(reportDir, 'report.md'), markdown);

  const result = await publishReport({
    report,
    markdown,
    reportDir,
    maxAnnotations: Number(core.getInput('max-annotations')),
    token: core.getInput('token'),
  });
  core.setOutput('report-status', result.status);
  core.setOutput('verdict', verdict);
  core.setOutput('comment-url', result.commentUrl ?? '');
  core.setOutput('check-run-url', result.checkRunUrl ?? '');
  core.setOutput('warnings', result.warnings.join('\n'));
  if (verdict === 'fail') core.setFailed(`${count} findings failed the fixture gate`);
}

run().catch((error: unknown) => core.setFailed(error instanceof Error ? error.message : String(error)));
