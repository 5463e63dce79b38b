/**
 * A gate's own GitHub calls (a deployment status, a repository dispatch, an attestation) publish, like the
 * PR comment and the check run, and fail the same way: never the step. `publishing.attempt` runs one call
 * and turns its failure into the warning a user can act on (naming the permission it needs); the gate
 * returns those warnings in GateOutcome.publishingWarnings, and the action logs them and reports
 * `report-status: degraded`.
 */

import { explainFailure, failureFacts, type GitHubCall } from './failure.ts';

export interface AttemptOptions {
  /** The run is a pull request from a fork, whose token GitHub makes read-only. */
  fromFork?: boolean;
}

/** Runs `call`; resolves to null when it succeeded, or to the warning that says why it did not. */
async function attempt(
  what: GitHubCall,
  call: () => Promise<unknown>,
  options: AttemptOptions = {},
): Promise<string | null> {
  try {
    await call();
    return null;
  } catch (error) {
    return explainFailure(what, failureFacts(error), options.fromFork ?? false);
  }
}

export const publishing = { attempt };
