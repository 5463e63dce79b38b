import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { InputError } from '../inputs/parse.ts';
import { buildReport } from '../report/build.ts';
import type { Report } from '../report/model.ts';
import { writeReportFiles } from '../report/write.ts';
import { type CommonOptions, type Gate, type GateContext, gateFails } from './gate.ts';

export interface Execution {
  report: Report;
  files: { json: string; markdown: string; html: string };
  reportDir: string;
  /** Common outputs (passed, errors, warnings, report-path) plus the gate's own. */
  outputs: Record<string, string>;
  failed: boolean;
  /** The gate's own GitHub calls that failed, as warnings (GateOutcome.publishingWarnings). */
  publishingWarnings: string[];
}

/**
 * The path every run takes, in Actions and in the CLI alike: run the check, build the Report, write
 * report.json/.md/.html, derive outputs and whether the gate fails. Publishing to GitHub is the caller's.
 */
export async function executeGate(
  gate: Gate,
  options: CommonOptions,
  context: GateContext,
): Promise<Execution> {
  const outcome = await gate.run(options, context);
  const reportName = options['report-name'] ?? gate.name;
  const report = buildReport(gate.name, reportName, outcome.result);
  // One folder per report name, so two uses of a gate in one job keep both reports.
  const reportDir = writablePath('report-dir', join(options['report-dir'], reportName), context);
  const files = await writeReportFiles(report, reportDir);
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.filter((f) => f.severity === 'warning').length;
  const failed = gateFails(report.verdict, options['fail-on']);
  const outputs = {
    passed: String(report.verdict === 'pass'),
    verdict: report.verdict,
    errors: String(errors),
    warnings: String(warnings),
    'report-path': files.json,
    ...outcome.outputs,
  };
  return { report, files, reportDir, outputs, failed, publishingWarnings: outcome.publishingWarnings ?? [] };
}

/**
 * A path an input names for the gate to write (report-dir, an output file), resolved against the
 * workspace, and refused when it leads outside every allowed root (in the action: the workspace and
 * RUNNER_TEMP; the CLI has none, its user owns the disk). Symbolic links on the way count: a pull request
 * can commit `reports -> /home/runner`, so the path is followed as the file system will follow it.
 */
export function writablePath(input: string, value: string, context: GateContext): string {
  const path = resolve(context.workspace, value);
  const roots = context.reportRoots;
  if (roots === undefined) return path;
  const allowed = (candidate: string, rootsSeen: string[]) =>
    rootsSeen.some((root) => isInside(candidate, root));
  const refuse = (how: string) =>
    new InputError(
      input,
      `Input "${input}": ${JSON.stringify(value)} leads outside the workspace${how}; expected a path ` +
        `inside the workspace or RUNNER_TEMP (${roots.map((root) => JSON.stringify(root)).join(', ')})`,
    );
  if (
    !allowed(
      path,
      roots.map((root) => resolve(root)),
    )
  )
    throw refuse('');
  const real = followLinks(path);
  if (
    !allowed(
      real,
      roots.map((root) => followLinks(resolve(root))),
    )
  ) {
    throw refuse(` through a symbolic link (to ${JSON.stringify(real)})`);
  }
  return path;
}

/** Where `path` really is: its deepest existing ancestor with every link followed, plus the rest. */
function followLinks(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(followLinks(parent), basename(path));
  }
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
