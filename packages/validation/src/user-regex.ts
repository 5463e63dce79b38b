// A schema's `regex` runs on data from anyone, so it must not be able to hang the gate: JavaScript's
// backtracking engine took 93 s for /(a+)+$/ on five rows. RE2 (here re2js, a pure-JS port) matches in
// time linear in the text, and for that has no backreferences or lookaround; such a pattern is a schema
// error rather than a silent slow path.
import { RE2JS } from 're2js';

export interface UserRegex {
  /** Whether the pattern matches somewhere in `text`, as RegExp.prototype.test does. */
  test(text: string): boolean;
}

/** Compiles a user's pattern, or throws an Error whose message says why RE2 cannot run it. */
export function compileUserRegex(source: string): UserRegex {
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(source);
  } catch (error) {
    const reason =
      error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
    throw new Error(
      `${reason} (patterns run on RE2, which matches in linear time and so has no backreferences or lookaround)`,
    );
  }
  return { test: (text) => compiled.matcher(text).find() };
}
