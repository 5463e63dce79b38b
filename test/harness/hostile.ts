import type { ExecutedCommand } from './runner.ts';

/**
 * Text written to attack the reporting path: workflow commands (with and without leading spaces, the
 * legacy `##[` form, add-mask and stop-commands), shell substitution, markup and path traversal. Every
 * command-looking string carries INJECTED, so a test can tell a command the data made from one of ours.
 */
export const HOSTILE_TEXTS = [
  '\n::error title=INJECTED::pwned',
  '\n   ::warning::INJECTED after spaces',
  'a ##[error]INJECTED legacy',
  '\n::add-mask::INJECTED',
  '\n::stop-commands::INJECTED',
  '\n\t::notice file=INJECTED::tab',
  '$(touch INJECTED)',
  '<script>INJECTED</script>',
  '../../INJECTED',
] as const;

/** One string holding the whole corpus, for a single column name or value. */
export const HOSTILE = HOSTILE_TEXTS.join(' ');

/**
 * The commands a run executed that the hostile data wrote. Ours are `::error::`, `::warning::`, `::debug::`
 * (the toolkit escapes the data in them onto their one line) and a `modelgate-` stop-commands pair; the
 * corpus's commands put INJECTED in their properties or first in their message, or use the legacy ##[.
 */
export function injected<C extends ExecutedCommand>(commands: readonly C[]): C[] {
  return commands.filter((c) => {
    const line = c.line.trim();
    if (c.form === 'legacy') return true;
    if (c.command === 'stop-commands') return !/^::stop-commands::modelgate-[0-9a-f]{32}$/.test(line);
    return /^::[^:]*INJECTED|^::[^:]*::INJECTED/.test(line);
  });
}
