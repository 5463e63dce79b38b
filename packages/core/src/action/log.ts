/**
 * Everything the actions and the CLI print to a step's log passes through here. The runner reads a line
 * as a workflow command when, after its leading whitespace, it starts with `::`, or when it holds `##[`
 * anywhere (the legacy form). File names, column names and values come from data or a pull request, so a
 * line of ours that carries them must not be read as a command (`::add-mask::`, `::stop-commands::`,
 * `::error file=...::`). Text that could be read so is printed between `::stop-commands::<token>` and
 * `::<token>::`, with a fresh random token the data cannot know: it stays readable, word for word, and the
 * runner executes nothing in it. Text that could not be read as a command is printed as it is.
 */
import { randomBytes } from 'node:crypto';
import { info } from './workflow-commands.ts';

// `^` with the m flag also matches after \r, \u2028 and \u2029: more line starts than the runner sees.
const COMMAND_LIKE = /^\s*::|##\[/m;

/** Whether the runner could read any line of `text` as a workflow command. */
export function looksLikeWorkflowCommand(text: string): boolean {
  return COMMAND_LIKE.test(text);
}

/** A token no data can have guessed; hexadecimal, so never one of the runner's command names. */
function stopToken(): string {
  return `modelgate-${randomBytes(16).toString('hex')}`;
}

/**
 * `text` ready for the log: as it is, or, when a line could be read as a workflow command, wrapped in
 * stop-commands so that it is not. A trailing line break stays the last character.
 */
export function commandSafe(text: string, token = stopToken()): string {
  if (!looksLikeWorkflowCommand(text)) return text;
  const newline = text.endsWith('\n');
  const body = newline ? text.slice(0, -1) : text;
  return `::stop-commands::${token}\n${body}\n::${token}::${newline ? '\n' : ''}`;
}

/** info for text that may carry data. warning/error/setFailed need no guard: they escape line breaks,
 * so data stays inside the one command line they write. */
export function logInfo(message: string): void {
  info(commandSafe(message));
}
