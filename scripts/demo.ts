// The whole pipeline on the embedded example, through the built actions, as a pull request would run it:
// each action's bundle runs as the Actions runner runs it (test/harness) against a local GitHub API, and
// writes its reports to modelgate-reports/. Run by `npm run demo` after `npm run build`.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub } from '../test/harness/fake-github.ts';
import { runBundledAction } from '../test/harness/runner.ts';
import { root } from './actions.ts';

interface Step {
  title: string;
  action: string;
  inputs: Record<string, string>;
  show: string[];
}

// A key pair made for the demo only; a workflow takes the private key from a secret.
const keys = mkdtempSync(join(tmpdir(), 'modelgate-demo-keys-'));
const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
writeFileSync(join(keys, 'signing-key.pem'), pair.privateKey.export({ type: 'pkcs8', format: 'pem' }));
writeFileSync(join(keys, 'signing-key.pub'), pair.publicKey.export({ type: 'spki', format: 'pem' }));

const steps: Step[] = [
  {
    title: 'Validate the training data against its schema',
    action: 'validate-data',
    inputs: { data: 'examples/data/train.csv', schema: 'examples/schema.yml', 'report-name': 'train-data' },
    show: ['verdict', 'errors', 'warnings'],
  },
  {
    title: 'Validate a new batch (it has problems on purpose)',
    action: 'validate-data',
    inputs: {
      data: 'examples/data/batch.csv',
      schema: 'examples/schema.yml',
      'report-name': 'new-batch',
      'fail-on': 'never',
    },
    show: ['verdict', 'errors', 'warnings'],
  },
  {
    title: 'Check drift between training and serving data',
    action: 'check-drift',
    inputs: {
      reference: 'examples/data/train.csv',
      current: 'examples/data/serving.csv',
      'exclude-columns': 'customer_id',
      'prediction-column': 'prediction',
      'target-column': 'label',
      'fail-on': 'never',
    },
    show: ['verdict', 'drift-detected', 'drift-share', 'drifted-columns', 'retrain-needed'],
  },
  {
    title: 'Profile the training data: the mergeable summary a matrix of jobs would build shard by shard',
    action: 'profile-data',
    inputs: { data: 'examples/data/train.csv', output: 'modelgate-reports/train.profile.json' },
    show: ['rows', 'digest'],
  },
  {
    title:
      'Check data drift against that profile instead of the rows (the same columns drift: it is exact here)',
    action: 'check-drift',
    inputs: {
      reference: 'modelgate-reports/train.profile.json',
      current: 'examples/data/serving.csv',
      // Concept drift pairs rows, which a profile has not: compare the feature columns.
      'exclude-columns': 'customer_id, label, prediction',
      'report-name': 'check-drift-on-profile',
      'fail-on': 'never',
    },
    show: ['verdict', 'drift-detected', 'drifted-columns'],
  },
  {
    title: 'Check fairness across groups (a disparity is planted against group F)',
    action: 'fairness-gate',
    inputs: {
      data: 'examples/data/evaluation.csv',
      'label-column': 'label',
      'score-column': 'score',
      'sensitive-columns': 'sex',
      policy: 'demographic_parity_ratio >= 0.8\nequalized_odds_difference <= 0.2',
      'fail-on': 'never',
    },
    show: ['verdict', 'violations', 'worst-disparity'],
  },
  {
    title: "Sign the example model, with the training data's validation report as evidence",
    action: 'sign-model',
    inputs: {
      mode: 'sign',
      'model-path': 'examples/model',
      signature: 'modelgate-reports/example-model.sig',
      'private-key': join(keys, 'signing-key.pem'),
      evidence: 'modelgate-reports/train-data/report.json',
    },
    show: ['signature-path', 'root-digest'],
  },
  {
    title: 'Verify it before deploying, requiring that validate-data passed for this very model',
    action: 'sign-model',
    inputs: {
      mode: 'verify',
      'model-path': 'examples/model',
      signature: 'modelgate-reports/example-model.sig',
      'public-key': join(keys, 'signing-key.pub'),
      'require-evidence': 'validate-data',
      'report-name': 'verify-model',
    },
    show: ['verified', 'signer'],
  },
  {
    title: 'Judge the canary model against the baseline (file metrics) and record the deployment status',
    action: 'canary-promote',
    inputs: {
      'metrics-file': 'examples/canary/samples.csv',
      metrics: 'examples/canary/metrics.yml',
      steps: '5,25,50,100',
      'current-weight': '25',
      environment: 'canary',
    },
    show: ['decision', 'score', 'next-weight', 'promoted', 'failed-metrics'],
  },
];

const github = await FakeGitHub.start();
let problems = 0;
try {
  const event = github.openPullRequest({ number: 1 });
  for (const step of steps) {
    const run = await runBundledAction({
      actionDir: join(root, 'actions', step.action),
      workspace: root,
      apiUrl: github.url,
      event,
      inputs: step.inputs,
    });
    const shown = step.show.map((name) => `${name}=${run.outputs[name]}`).join('  ');
    console.log(
      `\n▶ ${step.title}\n  ${step.action}: ${shown}\n  report: ${run.outputs['report-path']?.replace('report.json', 'report.html')}`,
    );
    for (const c of run.commands.filter((c) => c.command === 'error' || c.command === 'warning')) {
      console.log(`  ${c.command}: ${c.message}`);
    }
    if (run.exitCode !== 0) {
      problems++;
      console.log(`  the step failed (exit ${run.exitCode}):\n${run.stderr}`);
    }
  }
  console.log(
    `\nOn the pull request: ${github.comments.length} sticky comments, ${github.checkRuns.length} check runs with ${github.checkRuns.reduce((n, r) => n + r.annotations.length, 0)} annotations.`,
  );
  for (const deployment of github.deployments) {
    const states = deployment.statuses.map((s) => s.state).join(' -> ');
    console.log(`Deployment ${deployment.id} to ${deployment.environment}: ${states}`);
  }
  if (github.violations.length > 0) {
    problems++;
    console.log(`GitHub API contract violations: ${JSON.stringify(github.violations, null, 1)}`);
  }
} finally {
  await github.close();
}
process.exitCode = problems === 0 ? 0 : 1;
