import type { InputSpecs, Options } from '../inputs/parse.ts';
import { choice, ExpectedError, type InputSpec, integer, present, secret, text } from '../inputs/spec.ts';
import type { CheckResult, Verdict } from '../report/model.ts';

const REPORT_NAME_EXPECTED =
  'a name of 1 to 100 letters, digits, spaces, dots, dashes or underscores that starts with a letter or digit';
const REPORT_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,99}$/u;

/**
 * report-name is also the name of its folder and of the artifact, so it is one plain path segment: no
 * separator, no `..`, nothing a file system or the artifact service refuses. It is refused rather than
 * quietly changed, so the folder, the artifact and the comment all carry the name that was asked for.
 */
export function reportName(): InputSpec<string, false> {
  return {
    ...text(),
    expected: REPORT_NAME_EXPECTED,
    parse: (raw) => {
      if (!REPORT_NAME.test(raw)) throw new ExpectedError(REPORT_NAME_EXPECTED);
      return raw;
    },
  };
}

/** Inputs every gate has, with the same names and meaning everywhere. */
export const commonInputs = {
  'fail-on': present(choice(['error', 'warning', 'never'] as const)),
  'report-name': reportName(),
  'report-dir': present(text()),
  'max-annotations': present(integer({ min: 0, max: 10_000 })),
  token: secret(text()),
};

export type CommonOptions = Options<typeof commonInputs>;

export type FailOn = 'error' | 'warning' | 'never';

export interface GateContext {
  /** Progress lines for the log (the Actions log, or stderr in the CLI). */
  log: (message: string) => void;
  /** Where relative paths are resolved: GITHUB_WORKSPACE in Actions, the working directory locally. */
  workspace: string;
  env: NodeJS.ProcessEnv;
  /**
   * Folders report-dir must resolve into (the action: the workspace and RUNNER_TEMP). Absent in the CLI,
   * where the person who types the folder is the one whose disk it is.
   */
  reportRoots?: readonly string[];
}

export interface GateOutcome {
  result: CheckResult;
  /** Action-specific outputs (strings, as GITHUB_OUTPUT holds them). */
  outputs?: Record<string, string>;
  /**
   * Warnings from the gate's own GitHub calls that failed (see publishing.attempt). They never fail the
   * step: the action logs each as a warning and reports `report-status: degraded`.
   */
  publishingWarnings?: string[];
}

/** One gate: its input specs and the work it does. Reporting, outputs and exit codes are shared. */
// biome-ignore lint/suspicious/noExplicitAny: a registry of gates holds gates of any input shape.
export interface Gate<S extends InputSpecs = any> {
  name: string;
  inputs: S;
  run(options: Options<S> & CommonOptions, context: GateContext): Promise<GateOutcome>;
}

/** The step fails only when the verdict reaches the `fail-on` level. */
export function gateFails(verdict: Verdict, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'warning') return verdict !== 'pass';
  return verdict === 'fail';
}
