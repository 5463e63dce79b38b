import type { DriftMeasurement } from '@modelgate/drift';

/**
 * Sends a repository_dispatch event so that a retraining workflow (`on: repository_dispatch: types:
 * [<event>]`) starts. Never fails the gate: returns a warning when the event could not be sent, which the action logs and
 * which makes `report-status` degraded.
 */
export async function sendRetrainEvent(
  eventType: string,
  measured: DriftMeasurement,
  token: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  const { createGitHubClient, loadRunContext, publishing } = await import('@modelgate/core');
  let run: ReturnType<typeof loadRunContext>;
  try {
    run = loadRunContext(env);
  } catch (error) {
    return `retrain-event "${eventType}" not sent: ${(error as Error).message}`;
  }
  if (!run.inActions) return `retrain-event "${eventType}" not sent: not running in GitHub Actions`;
  if (!token || !run.owner || !run.repo)
    return `retrain-event "${eventType}" not sent: no token or repository`;
  const performance = measured.performance;
  const fromFork = (run.pullRequest?.isFork ?? false) && run.eventName !== 'pull_request_target';
  const warning = await publishing.attempt(
    {
      what: `retrain event "${eventType}" (repository dispatch)`,
      permission: 'contents: write',
      verb: 'send',
    },
    () =>
      createGitHubClient(token, { baseUrl: run.apiUrl }).rest.repos.createDispatchEvent({
        owner: run.owner as string,
        repo: run.repo as string,
        event_type: eventType,
        // GitHub accepts at most 10 top-level properties in client_payload.
        client_payload: {
          source: 'modelgate/check-drift',
          metric: performance?.metric ?? null,
          drop: performance?.drop ?? null,
          maxDrop: performance?.maxDrop ?? null,
          driftedColumns: measured.driftedColumns,
          runUrl: run.runUrl ?? null,
          sha: run.sha ?? null,
        },
      }),
    { fromFork },
  );
  return warning ?? undefined;
}
