import type { InputSpecs, Options } from '../inputs/parse.ts';
import { choice, integer, present, secret, text } from '../inputs/spec.ts';
import type { CheckResult, Verdict } from '../report/model.ts';

/** Inputs every gate has, with the same names and meaning everywhere. */
export const commonInputs = {
  'fail-on': present(choice(['error', 'warning', 'never'] as const)),
  'report-name': text(),
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
