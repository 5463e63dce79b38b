/**
 * The workflow commands the actions write (log lines, annotations, masks, outputs, the step's failure),
 * byte for byte as @actions/core writes them (workflow-commands.test.ts holds them side by side). Its entry
 * module imports an HTTP client for OIDC tokens at load, which costs every step about 60 ms and 20 MB
 * before it reads a byte; only sign-model needs a token, and it loads @actions/core for that alone.
 *
 * These do not guard against data that looks like a command: logInfo (log.ts) does, for info lines.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

/** A command's message: its line breaks (and %) escaped, so it stays on the command's one line. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command property's value: escaped like a message, and also its `:` and `,`, which end a property. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function issue(command: string, message: string, properties = ''): void {
  process.stdout.write(`::${command}${properties}::${escapeData(message)}${EOL}`);
}

/** A line of the log, as it is. */
export function info(message: string): void {
  process.stdout.write(message + EOL);
}

/** A line of the log shown only with step debug logging on. */
export function debug(message: string): void {
  issue('debug', message);
}

/** A warning annotation. */
export function warning(message: string): void {
  issue('warning', message);
}

/** An error annotation. */
export function error(message: string): void {
  issue('error', message);
}

/** Fails the step (exit code 1 once the process ends) with `message` as an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** Has the runner print `***` wherever `secret` appears in the log from now on. */
export function setSecret(secret: string): void {
  issue('add-mask', secret);
}

/**
 * Sets a step output: appended to the runner's GITHUB_OUTPUT file under a random delimiter, which no value
 * can end early, or, on a runner without one, as the older set-output command.
 */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    process.stdout.write(EOL);
    issue('set-output', value, ` name=${escapeProperty(name)}`);
    return;
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected input: the output ${name} holds its delimiter`);
  }
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}
