import { dirname, join } from 'node:path';
import { loadActionYml } from '../inputs/action-yml.ts';
import { envInputs, type InputSpecs, parseInputs } from '../inputs/parse.ts';
import { renderMarkdown } from '../report/render-markdown.ts';
import { describeError } from './errors.ts';
import { executeGate } from './execute.ts';
import type { CommonOptions, Gate } from './gate.ts';
import { logInfo } from './log.ts';
import { maskSecret } from './mask.ts';
import * as commands from './workflow-commands.ts';

/** The bundle runs as `node <action>/dist/index.js`, so action.yml sits one folder up. */
export function bundledActionDir(): string {
  return dirname(dirname(process.argv[1] ?? '.'));
}

/**
 * Runs a gate as a GitHub Action: inputs from INPUT_*, reports published where people look, outputs
 * set, and the step failed only by the gate's verdict (or by unusable input).
 */
export async function runAction(
  gate: Gate,
  actionDir = bundledActionDir(),
  env = process.env,
): Promise<void> {
  try {
    const definition = loadActionYml(join(actionDir, 'action.yml'));
    const options = parseInputs(gate.inputs, envInputs(env), definition) as CommonOptions;
    for (const [name, spec] of Object.entries(gate.inputs as InputSpecs)) {
      const value = (options as Record<string, unknown>)[name];
      if (spec.secret && typeof value === 'string') maskSecret(value, commands.setSecret);
    }
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const reportRoots = [workspace, ...(env.RUNNER_TEMP ? [env.RUNNER_TEMP] : [])];
    const run = await executeGate(gate, options, { log: logInfo, workspace, env, reportRoots });
    const markdown = renderMarkdown(run.report);
    // Loaded only now: the GitHub clients are most of the bundle, and the check's data should not have to
    // share memory with them.
    const { publishReport } = await import('../github/publish.ts');
    const published = await publishReport({
      report: run.report,
      markdown,
      reportDir: run.reportDir,
      maxAnnotations: options['max-annotations'],
      token: options.token || env.GITHUB_TOKEN,
      env,
    });
    for (const warning of run.publishingWarnings) commands.warning(warning);
    for (const [name, value] of Object.entries(run.outputs)) commands.setOutput(name, value);
    // The gate's own GitHub calls degrade the report status exactly as a failed comment or check run does.
    const status =
      run.publishingWarnings.length > 0 && published.status === 'ok' ? 'degraded' : published.status;
    commands.setOutput('report-status', status);
    logInfo(`${gate.name}: ${run.report.verdict} - ${run.report.summary}`);
    if (run.failed) commands.setFailed(`${gate.name}: ${run.report.summary}`);
  } catch (error) {
    const { message, stack } = describeError(error);
    if (stack) commands.debug(stack);
    commands.setFailed(message);
  }
}
