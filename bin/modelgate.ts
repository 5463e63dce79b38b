#!/usr/bin/env node
// The modelgate CLI: every gate runnable locally with the same inputs, defaults and reports as its action.
//   npm run modelgate -- check-drift --reference train.csv --current serving.csv
import { readFileSync } from 'node:fs';
import { runCli } from '@modelgate/core';
import { gate as canaryPromote } from '../actions/canary-promote/src/gate.ts';
import { gate as checkDrift } from '../actions/check-drift/src/gate.ts';
import { gate as fairnessGate } from '../actions/fairness-gate/src/gate.ts';
import { gate as profileData } from '../actions/profile-data/src/gate.ts';
import { gate as signModel } from '../actions/sign-model/src/gate.ts';
import { gate as validateData } from '../actions/validate-data/src/gate.ts';

const actionYml = (name: string) => new URL(`../actions/${name}/action.yml`, import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

process.exitCode = await runCli(
  [
    { gate: validateData, actionYml: actionYml('validate-data') },
    { gate: checkDrift, actionYml: actionYml('check-drift') },
    { gate: fairnessGate, actionYml: actionYml('fairness-gate') },
    { gate: canaryPromote, actionYml: actionYml('canary-promote') },
    { gate: profileData, actionYml: actionYml('profile-data') },
    { gate: signModel, actionYml: actionYml('sign-model') },
  ],
  process.argv.slice(2),
  {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    version,
  },
);
