// The probe's main step: plain JavaScript, so it needs no build.
import { appendFileSync } from 'node:fs';

const env = process.env;
const seen = {
  inputs: Object.fromEntries(Object.entries(env).filter(([name]) => name.startsWith('INPUT_'))),
  leaked: env.PROBE_LEAK ?? null,
  cwd: process.cwd(),
  workspace: env.GITHUB_WORKSPACE,
  event: env.GITHUB_EVENT_NAME,
  sha: env.GITHUB_SHA,
  runtimeToken: env.ACTIONS_RUNTIME_TOKEN ?? null,
};
appendFileSync(env.GITHUB_OUTPUT, `seen<<EOF_1\n${JSON.stringify(seen)}\nEOF_1\n`);
appendFileSync(env.GITHUB_OUTPUT, 'simple=yes\n');
appendFileSync(env.GITHUB_STEP_SUMMARY, '# main\n');
appendFileSync(env.GITHUB_STATE, 'phase=main\n');
appendFileSync(env.GITHUB_ENV, 'NEXT=1\n');
console.log('::notice::hello');
process.exitCode = 3;
