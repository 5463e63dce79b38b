import type { DriftMeasurement } from '@modelgate/drift';

/**
 * Sends a repository_dispatch event so that a retraining workflow (`on: repository_dispatch: types:
 * [<event>]`) starts. Never fails the gate: returns a warning to log when the event could not be sent.
 */
export async function sendRetrainEvent(
  eventType: string,
  measured: DriftMeasurement,
  token: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  const { createGitHubClient, loadRunContext } = await import('@modelgate/core');
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
  try {
    await createGitHubClient(token, { baseUrl: run.apiUrl }).rest.repos.createDispatchEvent({
      owner: run.owner,
      repo: run.repo,
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
    });
    return undefined;
  } catch (error) {
    const status = (error as { status?: number }).status;
    const why =
      status === 403 || status === 404
        ? 'the token needs `contents: write`'
        : String((error as Error).message);
    return `retrain-event "${eventType}" not sent (${status ?? 'error'}): ${why}`;
  }
}
