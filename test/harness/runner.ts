/**
 * Runs a JavaScript action's built bundle the way the GitHub Actions runner does: a child process on the
 * Node the action.yml names, inputs as INPUT_<NAME> variables with action.yml's defaults filled in, the
 * runner's GITHUB_* / RUNNER_* variables, file-command files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ENV,
 * GITHUB_STATE, GITHUB_PATH) in a fresh RUNNER_TEMP, and the event payload at GITHUB_EVENT_PATH. No
 * ACTIONS_RUNTIME_* variables are set, so artifact and cache services are absent as on a local machine.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_OWNER, DEFAULT_REPO, pullRequestEvent, type RunnerEvent } from './events.ts';

export interface RunBundledActionOptions extends StepOptions {
  /** Folder holding action.yml. */
  actionDir: string;
  /** The step's `with:`; names as in action.yml. */
  inputs?: Record<string, string | number | boolean>;
  timeoutMs?: number;
  /** Keep RUNNER_TEMP (and a default workspace) after the run, for debugging. */
  keepTemp?: boolean;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  /** The main step's exit code; null when it was killed (see signal). */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** From GITHUB_OUTPUT, both `name=value` and `name<<DELIMITER` forms. */
  outputs: Record<string, string>;
  /** Everything the step appended to GITHUB_STEP_SUMMARY. */
  summary: string;
  /** From GITHUB_ENV: variables exported for later steps. */
  exportedEnv: Record<string, string>;
  /** From GITHUB_STATE: what a post step would get as STATE_<name>. */
  state: Record<string, string>;
  /** Workflow commands the step printed (::warning::, ::error::, ::notice::, ::add-mask::, ...). */
  commands: WorkflowCommand[];
  /** The environment the main step ran with. */
  env: Record<string, string>;
  workspace: string;
  durationMs: number;
}

interface ActionYaml {
  inputs?: Record<string, { default?: unknown } | null>;
  runs?: { using?: string; main?: string; pre?: string; post?: string };
}

export const HARNESS_TOKEN = 'ghs_harnessInstallationToken0000000000';

export interface StepOptions {
  /** Default: a pull_request event on octo-org/models. */
  event?: RunnerEvent;
  /** GITHUB_WORKSPACE; default: an empty temporary folder. */
  workspace?: string;
  /** GITHUB_API_URL: point it at a FakeGitHub's url. */
  apiUrl?: string;
  /** GITHUB_SERVER_URL; default https://github.com. */
  serverUrl?: string;
  /** What `${{ github.token }}` gives; default HARNESS_TOKEN. */
  token?: string;
  /** Extra variables (the step's `env:`); undefined removes one the runner would set. */
  env?: Record<string, string | undefined>;
}

export interface FileCommands {
  /** GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ENV, GITHUB_STATE and GITHUB_PATH, each a fresh empty file. */
  env: Record<string, string>;
  read(): {
    outputs: Record<string, string>;
    summary: string;
    exportedEnv: Record<string, string>;
    state: Record<string, string>;
  };
}

/** A job step's surroundings: workspace, RUNNER_TEMP, the event file and the runner's variables. */
export interface StepEnvironment {
  /** The runner's variables with the step's env applied; add a newFileCommands().env per step. */
  env: Record<string, string>;
  workspace: string;
  runnerTemp: string;
  event: RunnerEvent;
  newFileCommands(): FileCommands;
  /** Removes the temporary folders (and the workspace when it was made here). */
  dispose(): void;
}

export function prepareStep(options: StepOptions = {}): StepEnvironment {
  const temp = mkdtempSync(join(tmpdir(), 'modelgate-runner-'));
  const workspace = options.workspace ? resolve(options.workspace) : join(temp, 'workspace');
  const runnerTemp = join(temp, 'runner-temp');
  const commandsDir = join(temp, 'file-commands');
  for (const dir of [workspace, runnerTemp, commandsDir, join(temp, 'tool-cache')])
    mkdirSync(dir, { recursive: true });
  const event = options.event ?? pullRequestEvent();
  const eventPath = join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event.payload, null, 2));
  const env = withOverrides(
    { ...hostEnv(temp), ...runnerEnv(options, event, eventPath, workspace, runnerTemp, temp) },
    options.env,
  );
  return {
    env,
    workspace,
    runnerTemp,
    event,
    newFileCommands: () => newFileCommands(commandsDir),
    dispose: () => rmSync(temp, { recursive: true, force: true }),
  };
}

function newFileCommands(dir: string): FileCommands {
  const id = randomUUID();
  const env = {
    GITHUB_OUTPUT: join(dir, `set_output_${id}`),
    GITHUB_STEP_SUMMARY: join(dir, `step_summary_${id}`),
    GITHUB_ENV: join(dir, `set_env_${id}`),
    GITHUB_STATE: join(dir, `save_state_${id}`),
    GITHUB_PATH: join(dir, `add_path_${id}`),
  };
  for (const file of Object.values(env)) writeFileSync(file, '');
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  return {
    env,
    read: () => ({
      outputs: parseFileCommand(read(env.GITHUB_OUTPUT), 'GITHUB_OUTPUT'),
      summary: read(env.GITHUB_STEP_SUMMARY),
      exportedEnv: parseFileCommand(read(env.GITHUB_ENV), 'GITHUB_ENV'),
      state: parseFileCommand(read(env.GITHUB_STATE), 'GITHUB_STATE'),
    }),
  };
}

export async function runBundledAction(options: RunBundledActionOptions): Promise<ActionRun> {
  const actionDir = resolve(options.actionDir);
  const action = readActionYaml(actionDir);
  const runs = action.runs ?? {};
  const nodeMajor = /^node(\d+)$/.exec(runs.using ?? '')?.[1];
  if (!nodeMajor || !runs.main) {
    throw new Error(`${actionDir}/action.yml: runs.using must be nodeNN and runs.main must name the bundle`);
  }
  if (Number(process.versions.node.split('.')[0]) < Number(nodeMajor)) {
    throw new Error(
      `The action runs on node${nodeMajor}, this is Node ${process.versions.node}: use npx node`,
    );
  }
  const main = join(actionDir, runs.main);
  if (!existsSync(main)) throw new Error(`${main} does not exist: build the action first`);

  const step = prepareStep(options);
  try {
    const inputs = inputEnv(actionDir, action, options.inputs ?? {}, expressionContext(options, step));
    const started = performance.now();
    let state: Record<string, string> = {};
    let summary = '';
    const runEntry = async (entry: string): Promise<PhaseRun> => {
      const stateEnv = Object.fromEntries(
        Object.entries(state).map(([name, value]) => [`STATE_${name}`, value]),
      );
      const files = step.newFileCommands();
      const env = withOverrides({ ...step.env, ...inputs, ...stateEnv, ...files.env }, options.env);
      const child = await spawnNode(join(actionDir, entry), env, step.workspace, options.timeoutMs ?? 60_000);
      const written = files.read();
      summary += written.summary;
      state = { ...state, ...written.state };
      return { ...child, ...written, env };
    };
    // As the runner: main runs only when pre succeeded, and post only when main ran.
    const pre = runs.pre ? await runEntry(runs.pre) : undefined;
    const preFailed = pre !== undefined && pre.exitCode !== 0;
    const run = preFailed ? pre : await runEntry(runs.main);
    if (runs.post && !preFailed) await runEntry(runs.post);
    return {
      exitCode: run.exitCode,
      signal: run.signal,
      stdout: run.stdout,
      stderr: run.stderr,
      outputs: run.outputs,
      summary,
      exportedEnv: run.exportedEnv,
      state,
      commands: parseWorkflowCommands(run.stdout),
      env: run.env,
      workspace: step.workspace,
      durationMs: performance.now() - started,
    };
  } finally {
    if (!options.keepTemp) step.dispose();
  }
}

interface PhaseRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  exportedEnv: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
}

function spawnNode(
  script: string,
  env: Record<string, string>,
  cwd: string,
  timeoutMs: number,
): Promise<{ exitCode: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      resolvePromise({ exitCode, signal, stdout, stderr });
    });
  });
}

function readActionYaml(actionDir: string): ActionYaml {
  for (const name of ['action.yml', 'action.yaml']) {
    const path = join(actionDir, name);
    if (existsSync(path)) return parseYaml(readFileSync(path, 'utf8')) as ActionYaml;
  }
  throw new Error(`${actionDir} has no action.yml`);
}

/** What a job step inherits from the runner machine; nothing from the test's own environment leaks in. */
function hostEnv(temp: string): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? temp,
  };
  for (const name of ['LANG', 'TZ', 'TMPDIR', 'SYSTEMROOT']) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return env;
}

function runnerEnv(
  options: StepOptions,
  event: RunnerEvent,
  eventPath: string,
  workspace: string,
  runnerTemp: string,
  temp: string,
): Record<string, string> {
  const repository = repositoryOf(event);
  const owner = repository.split('/')[0];
  const serverUrl = options.serverUrl ?? 'https://github.com';
  const apiUrl = options.apiUrl ?? 'https://api.github.com';
  const pr = event.payload.pull_request as { head?: { ref?: string }; base?: { ref?: string } } | undefined;
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__run',
    GITHUB_ACTOR: 'octocat',
    GITHUB_ACTOR_ID: '583231',
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl.replace(/\/v3$/, '')}/graphql`,
    GITHUB_SERVER_URL: serverUrl,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: event.sha,
    GITHUB_REF: event.ref,
    GITHUB_REF_NAME: event.ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\//, ''),
    GITHUB_REF_TYPE: event.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_HEAD_REF: pr?.head?.ref ?? '',
    GITHUB_BASE_REF: pr?.base?.ref ?? '',
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_ID: '1001',
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_REPOSITORY_OWNER_ID: '11',
    GITHUB_RUN_ID: '4242424242',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_JOB: 'gate',
    GITHUB_WORKFLOW: 'ML gates',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/gates.yml@${event.ref}`,
    GITHUB_WORKSPACE: workspace,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'modelgate-harness',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(temp, 'tool-cache'),
  };
}

function repositoryOf(event: RunnerEvent): string {
  const repository = event.payload.repository as { full_name?: string } | undefined;
  return repository?.full_name ?? `${DEFAULT_OWNER}/${DEFAULT_REPO}`;
}

/** INPUT_<NAME>: upper-cased, spaces to '_', hyphens kept; action.yml defaults for inputs not given. */
function inputEnv(
  actionDir: string,
  action: ActionYaml,
  given: Record<string, string | number | boolean>,
  context: ExpressionContext,
): Record<string, string> {
  const declared = action.inputs ?? {};
  const unknown = Object.keys(given).filter((name) => !(name in declared));
  if (unknown.length > 0) {
    throw new Error(
      `Unexpected input(s) ${unknown.map((name) => `'${name}'`).join(', ')} for ${actionDir}; ` +
        `valid inputs are ${Object.keys(declared).join(', ')}`,
    );
  }
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const value =
      name in given
        ? String(given[name])
        : spec?.default !== undefined
          ? evaluate(String(spec.default), context, name)
          : undefined;
    if (value !== undefined) env[inputVariable(name)] = value;
  }
  return env;
}

export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

interface ExpressionContext {
  github: Record<string, unknown>;
  runner: Record<string, unknown>;
  env: Record<string, unknown>;
}

function expressionContext(options: RunBundledActionOptions, step: StepEnvironment): ExpressionContext {
  const { event } = step;
  const repository = repositoryOf(event);
  return {
    github: {
      token: options.token ?? HARNESS_TOKEN,
      workspace: step.workspace,
      repository,
      repository_owner: repository.split('/')[0],
      sha: event.sha,
      ref: event.ref,
      event_name: event.name,
      event: event.payload,
      server_url: step.env.GITHUB_SERVER_URL,
      api_url: step.env.GITHUB_API_URL,
      run_id: step.env.GITHUB_RUN_ID,
      run_number: step.env.GITHUB_RUN_NUMBER,
      action_path: resolve(options.actionDir),
    },
    runner: { temp: step.runnerTemp, os: 'Linux', arch: 'X64' },
    env: { ...options.env },
  };
}

/**
 * `${{ ... }}` in an input default, as far as defaults use them: context paths such as github.token or
 * github.event.pull_request.head.sha, and quoted string literals.
 */
function evaluate(text: string, context: ExpressionContext, input: string): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
    const literal = /^'((?:[^']|'')*)'$/.exec(expression);
    if (literal) return literal[1].replaceAll("''", "'");
    if (!/^[A-Za-z_][\w-]*(\.[\w-]+)*$/.test(expression)) {
      throw new Error(
        `runBundledAction cannot evaluate \${{ ${expression} }} in the default of input '${input}'`,
      );
    }
    let at: unknown = context;
    for (const key of expression.split('.')) {
      at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
    }
    return at === undefined || at === null ? '' : typeof at === 'object' ? JSON.stringify(at) : String(at);
  });
}

function withOverrides(
  env: Record<string, string>,
  overrides: Record<string, string | undefined> | undefined,
): Record<string, string> {
  const merged = { ...env };
  for (const [name, value] of Object.entries(overrides ?? {})) {
    if (value === undefined) delete merged[name];
    else merged[name] = value;
  }
  return merged;
}

/**
 * The file-command format of GITHUB_OUTPUT, GITHUB_ENV and GITHUB_STATE: `name=value` lines, or
 * `name<<DELIMITER` followed by value lines and the delimiter alone on a line.
 */
export function parseFileCommand(text: string, file = 'file command'): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      values[line.slice(0, equals)] = line.slice(equals + 1);
      continue;
    }
    if (heredoc <= 0)
      throw new Error(`${file} line ${i + 1}: neither name=value nor name<<DELIMITER: ${line}`);
    const name = line.slice(0, heredoc);
    const delimiter = line.slice(heredoc + 2);
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
    if (i >= lines.length) throw new Error(`${file}: no closing delimiter ${delimiter} for ${name}`);
    values[name] = value.join('\n');
  }
  return values;
}

/** `::command key=value,key=value::message` lines, with the runner's %-escapes undone. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',')) {
      const equals = pair.indexOf('=');
      if (equals > 0) properties[pair.slice(0, equals)] = unescapeCommand(pair.slice(equals + 1), true);
    }
    commands.push({ command: match[1], properties, message: unescapeCommand(match[3], false) });
  }
  return commands;
}

function unescapeCommand(text: string, property: boolean): string {
  let out = text.replaceAll('%0D', '\r').replaceAll('%0A', '\n');
  if (property) out = out.replaceAll('%3A', ':').replaceAll('%2C', ',');
  return out.replaceAll('%25', '%');
}

/** A line the runner executed as a workflow command, and the raw line it came from. */
export interface ExecutedCommand {
  command: string;
  /** `::name::` or the legacy `##[name]`, which the runner reads only when a line is not the first. */
  form: 'v2' | 'legacy';
  line: string;
}

/**
 * The commands the Actions runner would execute from this output, modelled on its parser: each line is
 * trimmed of whitespace and read as `::name ...::` when it then starts with `::`, or as the legacy
 * `##[name ...]` wherever that appears in the line; between `::stop-commands::TOKEN` and `::TOKEN::`
 * nothing but the resume runs. Line ends are \n, \r\n or a lone \r (stricter than needed).
 */
export function commandsTheRunnerRuns(output: string): ExecutedCommand[] {
  const executed: ExecutedCommand[] = [];
  let stopToken: string | undefined;
  for (const line of output.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    const v2 = /^::([^\s:]+)[^:]*::(.*)$/.exec(trimmed);
    const legacy = v2 ? null : /##\[([^\s\]]+)[^\]]*\]/.exec(line);
    const command = v2?.[1] ?? legacy?.[1];
    if (command === undefined) continue;
    if (stopToken !== undefined) {
      if (v2 && command === stopToken) {
        executed.push({ command, form: 'v2', line });
        stopToken = undefined;
      }
      continue;
    }
    executed.push({ command, form: v2 ? 'v2' : 'legacy', line });
    if (v2 && command === 'stop-commands') stopToken = v2[2];
  }
  return executed;
}
