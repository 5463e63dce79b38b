import { describeError } from '../action/errors.ts';
import { executeGate } from '../action/execute.ts';
import type { CommonOptions, Gate } from '../action/gate.ts';
import { commandSafe } from '../action/log.ts';
import { type ActionDefinition, loadActionYml } from '../inputs/action-yml.ts';
import { argvInputs, isExpression, parseInputs } from '../inputs/parse.ts';
import { renderTerminal } from '../report/render-terminal.ts';

export interface CliAction {
  gate: Gate;
  /** Path of the action's action.yml: the inputs, descriptions and defaults the CLI shares with it. */
  actionYml: string;
}

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  color: boolean;
  version: string;
}

/** Exit codes: 0 the gate passed (or fail-on let it), 1 the gate failed, 2 unusable input or data. */
export const EXIT = { ok: 0, gateFailed: 1, usage: 2 } as const;

function usage(actions: CliAction[], io: CliIo): void {
  const lines = ['usage: modelgate <action> [--input value ...]', '', 'actions:'];
  for (const a of actions) {
    const d = loadActionYml(a.actionYml);
    lines.push(`  ${a.gate.name.padEnd(16)} ${d.description.split('\n')[0]}`);
  }
  lines.push('', 'modelgate <action> --help lists its inputs. Inputs are the action.yml inputs, as --flags.');
  io.out(`${lines.join('\n')}\n`);
}

function actionHelp(definition: ActionDefinition, name: string, io: CliIo): void {
  const lines = [
    `usage: modelgate ${name} [--input value ...]`,
    '',
    definition.description.trim(),
    '',
    'inputs:',
  ];
  for (const [input, d] of Object.entries(definition.inputs)) {
    const shownDefault =
      d.default !== undefined && !isExpression(d.default) && d.default !== ''
        ? ` (default: ${d.default})`
        : '';
    lines.push(`  --${input}${d.required ? ' (required)' : ''}${shownDefault}`);
    lines.push(`      ${d.description.trim().replace(/\s*\n\s*/g, ' ')}`);
  }
  io.out(`${lines.join('\n')}\n`);
}

/** `modelgate <action> --<input> value ...`: the same inputs, defaults and reports as the action. */
export async function runCli(actions: CliAction[], argv: readonly string[], given: CliIo): Promise<number> {
  // In a workflow's `run:` step this output is the step's log: no file or column name may become a command.
  const io = {
    ...given,
    out: (t: string) => given.out(commandSafe(t)),
    err: (t: string) => given.err(commandSafe(t)),
  };
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    usage(actions, io);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version') {
    io.out(`modelgate ${io.version}\n`);
    return EXIT.ok;
  }
  const action = actions.find((a) => a.gate.name === name);
  if (!action) {
    io.err(`modelgate: unknown action "${name}"; one of: ${actions.map((a) => a.gate.name).join(', ')}\n`);
    return EXIT.usage;
  }
  try {
    const definition = loadActionYml(action.actionYml);
    if (rest.includes('--help') || rest.includes('-h')) {
      actionHelp(definition, name, io);
      return EXIT.ok;
    }
    const options = parseInputs(
      action.gate.inputs,
      argvInputs(rest, definition),
      definition,
    ) as CommonOptions;
    const run = await executeGate(action.gate, options, {
      log: (m) => io.err(`${m}\n`),
      workspace: io.cwd,
      env: io.env,
    });
    for (const warning of run.publishingWarnings) io.err(`warning: ${warning}\n`);
    io.out(renderTerminal(run.report, { color: io.color }));
    io.out(`\nreports: ${run.files.html}\n         ${run.files.json}\n`);
    return run.failed ? EXIT.gateFailed : EXIT.ok;
  } catch (error) {
    const { message, stack } = describeError(error);
    io.err(`modelgate ${name}: ${message}\n`);
    if (stack && io.env.MODELGATE_DEBUG) io.err(`${stack}\n`);
    return EXIT.usage;
  }
}
