// check-drift against the peer a user would write (pandas + scipy, scripts/bench/peer_drift_scipy.py),
// side by side in one run on the same data: wall time and peak RSS of each, their ratios, and how far our
// statistics are from the peer's. Needs Debian's python3-pandas and python3-scipy (the peer and the data
// generator are Python).
//   npm run bench [-- --rows 1000000] [-- --only check-drift|validate-data|fairness-gate|sign-model|profile-data]
//   profile-data: streams 1M and 10M generated rows into the bundle (add --with-100m for 100M rows).
// validate-data is measured against its pandas peer (scripts/bench/peer_validate_pandas.py) on N rows, then
// on its own: its bundle on N rows (reference.csv) and on 2N rows (reference.csv
// and current.csv as one dataset), to show that its memory grows with the columns and, apart from the
// row-identity sets (duplicate rows: ~24 bytes a slot, 32-64 bytes per distinct row), not with the rows.
// The peer computes every statistic in one pass; check-drift computes the one method each column is
// judged by, so it runs once per family of methods, and each run is compared with the peer's one run.
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomFillSync } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { root } from './actions.ts';

const python = '/usr/bin/python3';
// The peers and the data generator are the project's own (scripts/bench/README.md).
const peers = join(root, 'scripts', 'bench');
const rowsArg = process.argv.indexOf('--rows');
const rows = rowsArg === -1 ? 1_000_000 : Number(process.argv[rowsArg + 1]);
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg === -1 ? undefined : process.argv[onlyArg + 1];
const work = join(root, '.bench', String(rows));
const data = { reference: join(work, 'reference.csv'), current: join(work, 'current.csv') };

interface Measured {
  wallSeconds: number;
  peakRssMb: number;
  stdout: string;
}

// getrusage(RUSAGE_CHILDREN) gives the child's peak RSS (threads included) whatever its language.
const MEASURE = `
import resource, subprocess, sys, time, json
t = time.monotonic()
p = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
wall = time.monotonic() - t
sys.stderr.write(p.stderr.decode())
print(json.dumps({"wall": wall, "rss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, "code": p.returncode, "out": p.stdout.decode()}))
`;

function measure(label: string, command: string[], env: NodeJS.ProcessEnv = process.env): Measured {
  const result = spawnSync(python, ['-c', MEASURE, ...command], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env,
  });
  if (result.status !== 0) throw new Error(`${label}: could not run (${result.stderr})`);
  const m = JSON.parse(result.stdout) as { wall: number; rss_kb: number; code: number; out: string };
  if (m.code !== 0) throw new Error(`${label} exited ${m.code}: ${result.stderr}\n${m.out}`);
  return { wallSeconds: m.wall, peakRssMb: m.rss_kb / 1024, stdout: m.out };
}

function ensureData(): void {
  if (existsSync(data.reference) && existsSync(data.current)) return;
  mkdirSync(work, { recursive: true });
  console.log(`generating ${rows.toLocaleString('en')} rows per file in ${work} ...`);
  const gen = spawnSync(python, [join(peers, 'gen_drift_data.py'), String(rows), work], {
    stdio: 'inherit',
  });
  if (gen.status !== 0) {
    throw new Error('data generation failed: it needs apt-get install -y python3-pandas python3-scipy');
  }
}

interface Run {
  label: string;
  inputs: Record<string, string>;
}

/** check-drift's bundle, run as the Actions runner runs it (inputs as INPUT_* variables). */
function runOurs(run: Run): Measured & { report: string } {
  const reportDir = join(work, 'reports');
  const inputs: Record<string, string> = {
    reference: data.reference,
    current: data.current,
    'fail-on': 'never',
    'report-dir': reportDir,
    'report-name': run.label,
    ...run.inputs,
  };
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const bundle = join(root, 'actions', 'check-drift', 'dist', 'index.js');
  const measured = measure(`check-drift (${run.label})`, [process.execPath, bundle], env);
  return { ...measured, report: join(reportDir, run.label, 'report.json') };
}

type PeerColumn = Record<string, number | string>;

const PAIRS: Record<string, [string, string, 'relative' | 'absolute'][]> = {
  ks: [
    ['statistic', 'ks_stat', 'relative'],
    ['p-value', 'ks_p', 'absolute'],
  ],
  'chi-square': [
    ['statistic', 'chi2', 'relative'],
    ['p-value', 'chi2_p', 'absolute'],
  ],
  psi: [['statistic', 'psi', 'relative']],
  'jensen-shannon (log base 2)': [['statistic', 'js', 'relative']],
};

/** The largest difference between our per-column statistics and the peer's, per statistic. */
function agreement(reportPath: string, peer: Record<string, PeerColumn>): Record<string, number> {
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as {
    tables: { id: string; columns: string[]; rows: (string | number | null)[][] }[];
  };
  const table = report.tables.find((t) => t.id === 'columns');
  if (!table) throw new Error(`${reportPath} has no per-column table`);
  const at = (name: string) => table.columns.indexOf(name);
  const worst: Record<string, number> = {};
  for (const row of table.rows) {
    const p = peer[String(row[at('column')])];
    const method = String(row[at('method')]);
    for (const [ours, theirs, kind] of PAIRS[method] ?? []) {
      if (!p || p[theirs] === undefined) continue;
      const a = Number(row[at(ours)]);
      const b = Number(p[theirs]);
      const diff = kind === 'absolute' ? Math.abs(a - b) : Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
      const label = `${method} ${ours} (${kind} difference)`;
      worst[label] = Math.max(worst[label] ?? 0, diff);
    }
  }
  return worst;
}

const runs: Run[] = [
  {
    label: 'ks-and-chi-square',
    inputs: { method: 'ks', 'method-per-column': 'color=chi-square\nregion=chi-square' },
  },
  { label: 'psi', inputs: { method: 'psi' } },
  { label: 'auto', inputs: {} },
];

/** validate-data's bundle, run as the Actions runner runs it. */
function runValidateData(label: string, inputs: Record<string, string>): Measured {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  const all = { 'fail-on': 'never', 'report-dir': join(work, 'reports'), 'report-name': label, ...inputs };
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value;
  const bundle = join(root, 'actions', 'validate-data', 'dist', 'index.js');
  return measure(`validate-data (${label})`, [process.execPath, bundle], env);
}

interface ValidatePeer {
  rows: number;
  columns: Record<string, Record<string, number | boolean>>;
  duplicate_rows: number;
}

/**
 * The counts of validate-data's report (its checks table and metrics) that disagree with the peer's, as
 * "what: ours vs theirs". The peer counts a missing age as not an integer too (NaN % 1 is NaN), so its
 * missing cells come off that count.
 */
function validateDisagreements(reportPath: string, peer: ValidatePeer): string[] {
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as {
    metrics: Record<string, number>;
    tables: { id: string; rows: (string | number | null)[][] }[];
  };
  const checks = report.tables.find((t) => t.id === 'checks');
  if (!checks) throw new Error(`${reportPath} has no checks table`);
  const row = (check: string, column: string | null) =>
    checks.rows.find((r) => r[0] === check && r[1] === column);
  const wrong: string[] = [];
  const expect = (what: string, ours: unknown, theirs: unknown) => {
    if (ours !== theirs) wrong.push(`${what}: ${String(ours)} vs ${String(theirs)}`);
  };
  expect('rows', report.metrics.rows, peer.rows);
  expect('duplicate rows', row('duplicate-rows', null)?.[4], peer.duplicate_rows);
  let missing = 0;
  for (const [name, theirs] of Object.entries(peer.columns)) {
    expect(`${name} present`, theirs.missing_column === undefined, true);
    const rule = (check: string) => row(check, name);
    missing += Number(theirs.missing);
    if (theirs.missing_share_over_limit === undefined) {
      expect(`${name} missing`, rule('missing-values')?.[4], theirs.missing);
    } else {
      expect(
        `${name} missing share over limit`,
        rule('missing-values')?.[3] !== 'pass',
        theirs.missing_share_over_limit,
      );
    }
    const notInteger =
      theirs.not_an_integer === undefined ? 0 : Number(theirs.not_an_integer) - Number(theirs.missing);
    if (theirs.not_a_number !== undefined) {
      expect(`${name} type mismatch`, rule('type-mismatch')?.[4], Number(theirs.not_a_number) + notInteger);
    }
    if (theirs.out_of_range !== undefined)
      expect(`${name} out of range`, rule('out-of-range')?.[4], theirs.out_of_range);
    if (theirs.not_allowed !== undefined)
      expect(`${name} not allowed`, rule('value-not-allowed')?.[4], theirs.not_allowed);
  }
  const cells = report.metrics.rows * report.metrics.columns;
  expect('missing cells', Math.round(report.metrics['missing-share'] * cells), missing);
  return wrong;
}

/**
 * validate-data's bundle against the pandas script a user would write (scripts/bench/peer_validate_pandas.py)
 * with the same rules (scripts/bench/validate_schema.yml), on N rows (reference.csv), side by side. Throws
 * when the counts differ: a faster gate that counts otherwise is no result.
 */
/** The run with the median wall time of `runs`, and the median peak memory. */
function median(runs: Measured[]): Measured {
  const middle = <T>(values: T[], key: (v: T) => number) =>
    [...values].sort((a, b) => key(a) - key(b))[Math.floor(values.length / 2)];
  return { ...middle(runs, (r) => r.wallSeconds), peakRssMb: middle(runs, (r) => r.peakRssMb).peakRssMb };
}

function benchValidateDataPeer(): void {
  console.log(
    `\nvalidate-data vs pandas, ${rows.toLocaleString('en')} rows (reference.csv), median of 3 alternate runs\n`,
  );
  // This machine's speed drifts by tens of percent within minutes (a shared virtual machine): one run of
  // each side could compare a fast moment with a slow one, so they alternate and each side's median counts.
  const label = 'validate-data-vs-peer';
  const peerRuns: Measured[] = [];
  const ourRuns: Measured[] = [];
  for (let run = 0; run < 3; run++) {
    peerRuns.push(measure('peer (pandas)', [python, join(peers, 'peer_validate_pandas.py'), data.reference]));
    ourRuns.push(
      runValidateData(label, { data: data.reference, schema: join(peers, 'validate_schema.yml') }),
    );
  }
  const peer = median(peerRuns);
  const ours = median(ourRuns);
  const line = (name: string, m: Measured, all: Measured[]) =>
    `${name.padEnd(34)} ${m.wallSeconds.toFixed(2).padStart(7)} s ${m.peakRssMb.toFixed(0).padStart(6)} MB  (runs: ${all.map((r) => r.wallSeconds.toFixed(2)).join(', ')} s)`;
  console.log(line('peer: pandas', peer, peerRuns));
  console.log(line('validate-data', ours, ourRuns));
  console.log(
    `${''.padEnd(34)} ${(peer.wallSeconds / ours.wallSeconds).toFixed(1)}x faster, ${((100 * ours.peakRssMb) / peer.peakRssMb).toFixed(0)}% of the peer's memory`,
  );
  const wrong = validateDisagreements(
    join(work, 'reports', label, 'report.json'),
    JSON.parse(peer.stdout) as ValidatePeer,
  );
  if (wrong.length > 0) {
    throw new Error(
      `validate-data and the peer count differently (ours vs theirs):\n  ${wrong.join('\n  ')}`,
    );
  }
  console.log(
    "    counts: the same as the peer's (rows, missing, types, ranges, allowed values, duplicate rows)",
  );
}

function benchValidateData(): void {
  benchValidateDataPeer();
  console.log(`\nvalidate-data, ${rows.toLocaleString('en')} rows per file\n`);
  const schema = join(work, 'validate-data-schema.yml');
  const runs: [string, Record<string, string>][] = [
    ['infer a schema (N rows)', { data: data.reference, 'infer-schema-output': schema }],
    ['schema, N rows', { data: data.reference, schema }],
    ['schema, 2N rows', { data: `${data.reference}\n${data.current}`, schema }],
    ['reference, N + N rows', { data: data.current, reference: data.reference }],
  ];
  const measured = runs.map(([label, inputs]) => {
    const m = runValidateData(label.replace(/\W+/g, '-'), inputs);
    console.log(
      `${label.padEnd(34)} ${m.wallSeconds.toFixed(2).padStart(7)} s ${m.peakRssMb.toFixed(0).padStart(6)} MB`,
    );
    return m;
  });
  const [, single, double] = measured;
  const perRow = ((double.peakRssMb - single.peakRssMb) * 2 ** 20) / rows;
  console.log(
    `peak memory per added row: ${perRow.toFixed(0)} bytes (the row-identity sets, until they reach their ` +
      '128 MB budget and spill to disk; the rest is per column)',
  );
}

// fairness-gate against the Fairlearn-style peer (MetricFrame's computation with scikit-learn metric
// functions per group, bootstrap by resampling rows): 1,000,000 rows, sex x race, 100 resamples.

function benchFairness(): void {
  const resamples = 100;
  const dir = join(root, '.bench', `fairness-${rows}`);
  const evaluation = join(dir, 'evaluation.csv');
  if (!existsSync(evaluation)) {
    mkdirSync(dir, { recursive: true });
    const gen = spawnSync(python, [join(peers, 'gen_fairness_data.py'), String(rows), evaluation], {
      stdio: 'inherit',
    });
    if (gen.status !== 0) throw new Error('fairness data generation failed: it needs python3-pandas');
  }
  console.log(
    `\nfairness-gate vs the Fairlearn-style peer, ${rows.toLocaleString('en')} rows, ${resamples} resamples\n`,
  );
  const peer = measure('peer (Fairlearn-style)', [
    python,
    join(peers, 'peer_fairness_fairlearn_style.py'),
    evaluation,
    'sex,race',
    String(resamples),
  ]);
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  const inputs: Record<string, string> = {
    data: evaluation,
    'label-column': 'label',
    'prediction-column': 'prediction',
    'sensitive-columns': 'sex,race',
    bootstrap: String(resamples),
    'min-group-size': '0',
    metrics:
      'demographic_parity_difference,demographic_parity_ratio,equal_opportunity_difference,equal_opportunity_ratio,equalized_odds_difference,equalized_odds_ratio',
    'fail-on': 'never',
    'report-dir': join(dir, 'reports'),
    'report-name': 'fairness-gate',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const ours = measure(
    'fairness-gate',
    [process.execPath, join(root, 'actions', 'fairness-gate', 'dist', 'index.js')],
    env,
  );
  const line = (label: string, m: Measured) =>
    `${label.padEnd(34)} ${m.wallSeconds.toFixed(2).padStart(7)} s ${m.peakRssMb.toFixed(0).padStart(6)} MB`;
  console.log(line('peer: Fairlearn-style', peer));
  console.log(
    `${line('fairness-gate', ours)}   ${(peer.wallSeconds / ours.wallSeconds).toFixed(1)}x faster, ${((100 * ours.peakRssMb) / peer.peakRssMb).toFixed(0)}% of the peer's memory`,
  );

  type Cell = number | string | null | { estimate: number | null; low: number | null; high: number | null };
  const report = JSON.parse(readFileSync(join(dir, 'reports', 'fairness-gate', 'report.json'), 'utf8')) as {
    metrics: Record<string, number | null>;
    tables: { id: string; columns: { name: string }[]; rows: Cell[][] }[];
  };
  const theirs = JSON.parse(peer.stdout) as {
    groups: Record<string, Record<string, number>>;
    disparities: Record<string, number>;
    intervals_95: Record<string, [number, number]>;
  };
  const groups = report.tables.find((t) => t.id === 'groups');
  if (!groups) throw new Error('the fairness report has no groups table');
  const rateColumns: Record<string, string> = {
    selection_rate: 'selection rate',
    true_positive_rate: 'TPR',
    false_positive_rate: 'FPR',
    precision: 'precision',
    accuracy: 'accuracy',
  };
  let rateDiff = 0;
  for (const [key, rates] of Object.entries(theirs.groups)) {
    const [sex, race] = key.split('|');
    const row = groups.rows.find((r) => r[0] === `sex=${sex}, race=${race}`);
    if (!row) throw new Error(`group ${key} is missing from the fairness report`);
    for (const [rate, title] of Object.entries(rateColumns)) {
      const cell = row[groups.columns.findIndex((c) => c.name === title)] as { estimate: number | null };
      const a = cell.estimate ?? Number.NaN;
      const b = rates[rate];
      if (Number.isNaN(a) !== Number.isNaN(b)) rateDiff = Number.POSITIVE_INFINITY;
      else if (!Number.isNaN(a)) rateDiff = Math.max(rateDiff, Math.abs(a - b));
    }
  }
  let disparityDiff = 0;
  for (const [name, value] of Object.entries(theirs.disparities))
    disparityDiff = Math.max(disparityDiff, Math.abs((report.metrics[name] ?? Number.NaN) - value));
  console.log(`    group rates, largest difference from the peer: ${rateDiff.toExponential(2)}`);
  console.log(`    disparities, largest difference from the peer: ${disparityDiff.toExponential(2)}`);
  const disparities = report.tables.find((t) => t.id === 'disparities');
  for (const [name, [low, high]] of Object.entries(theirs.intervals_95)) {
    const row = disparities?.rows.find((r) => r[0] === name);
    const cell = row?.[1] as { low: number | null; high: number | null } | undefined;
    const width = cell && cell.low !== null && cell.high !== null ? cell.high - cell.low : Number.NaN;
    console.log(
      `    ${name.padEnd(30)} interval width ${width.toFixed(5)} vs the peer's ${(high - low).toFixed(5)} (ratio ${(width / (high - low)).toFixed(2)})`,
    );
  }
}

// sign-model: hashing a model of 8 random files (warm cache) with our CLI against `sha256sum` over the same
// files, at two model sizes, so the memory column shows whether it stays flat as the model grows.
function modelFolder(totalMiB: number): string {
  const folder = join(root, '.bench', 'sign-model', `${totalMiB}MiB`);
  const fileBytes = (totalMiB / 8) * 2 ** 20;
  mkdirSync(folder, { recursive: true });
  const chunk = Buffer.alloc(2 ** 24);
  for (let i = 1; i <= 8; i++) {
    const file = join(folder, `part-${i}.bin`);
    if (existsSync(file) && statSync(file).size === fileBytes) continue;
    console.log(`generating ${file} ...`);
    const fd = openSync(file, 'w');
    for (let written = 0; written < fileBytes; written += chunk.length)
      writeSync(fd, randomFillSync(chunk), 0, Math.min(chunk.length, fileBytes - written));
    closeSync(fd);
  }
  return folder;
}

function benchSignModel(): void {
  const key = join(root, '.bench', 'sign-model', 'key.pem');
  if (!existsSync(key)) {
    mkdirSync(join(root, '.bench', 'sign-model'), { recursive: true });
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    writeFileSync(key, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  }
  const line = (label: string, m: Measured) =>
    `${label.padEnd(40)} ${m.wallSeconds.toFixed(2).padStart(7)} s ${m.peakRssMb.toFixed(0).padStart(6)} MB`;
  const oursAt: Record<number, Measured> = {};
  // The CLI's fixed cost (Node, the TypeScript sources, every gate's modules), paid once per run.
  const floor = measure('modelgate --version', [
    process.execPath,
    join(root, 'bin', 'modelgate.ts'),
    '--version',
  ]);
  console.log(
    `\nthe CLI's fixed cost (modelgate --version): ${floor.wallSeconds.toFixed(2)} s, ${floor.peakRssMb.toFixed(0)} MB`,
  );
  for (const size of [512, 2048]) {
    const folder = modelFolder(size);
    const files = Array.from({ length: 8 }, (_, i) => join(folder, `part-${i + 1}.bin`));
    // Warm the page cache so both read from memory, as the second of two runs would.
    spawnSync('sh', ['-c', 'cat "$@" > /dev/null', 'sh', ...files], { stdio: 'inherit' });
    const peer = measure('sha256sum', ['sha256sum', ...files]);
    const peer2 = measure('sha256sum -P2', [
      'sh',
      '-c',
      'printf "%s\\0" "$@" | xargs -0 -n 1 -P 2 sha256sum',
      'sh',
      ...files,
    ]);
    const ours = measure('sign-model', [
      process.execPath,
      join(root, 'bin', 'modelgate.ts'),
      'sign-model',
      '--mode',
      'sign',
      '--model-path',
      folder,
      '--private-key',
      key,
      '--signature',
      join(root, '.bench', 'sign-model', `${size}MiB.sig`),
      '--report-dir',
      join(root, '.bench', 'sign-model', 'reports'),
    ]);
    oursAt[size] = ours;
    console.log(`\nsign-model hashing vs sha256sum, ${size} MiB in 8 files (warm cache)`);
    console.log(line('sha256sum (one process)', peer));
    console.log(line('sha256sum, 2 at once (xargs -P 2)', peer2));
    console.log(
      `${line('modelgate sign-model (CLI, sign)', ours)}   ${(peer.wallSeconds / ours.wallSeconds).toFixed(2)}x sha256sum's throughput, ${(peer2.wallSeconds / ours.wallSeconds).toFixed(2)}x two sha256sum at once; ${(ours.peakRssMb / peer.peakRssMb).toFixed(0)}x sha256sum's peak RSS`,
    );
  }
  const [small, large] = [oursAt[512] as Measured, oursAt[2048] as Measured];
  console.log(
    `\nsign-model peak RSS: ${small.peakRssMb.toFixed(0)} MB at 512 MiB, ${large.peakRssMb.toFixed(0)} MB at 2048 MiB (x${(large.peakRssMb / small.peakRssMb).toFixed(2)} for 4x the model)`,
  );
}

if (only === 'sign-model') {
  benchSignModel();
  process.exit(0);
}
// profile-data on a stream: the project's generator (scripts/bench/gen_drift_stream.ts) piped into the
// bundle's standard input, so the rows never touch the disk. wait4 gives profile-data's own peak RSS and
// CPU time (the generator's are left out); rows per CPU-second is the throughput per core.
const MEASURE_PIPE = `
import json, os, subprocess, sys, time
rows, gen, bundle = sys.argv[1], sys.argv[2], sys.argv[3]
t = time.monotonic()
g = subprocess.Popen([sys.argv[4], gen, rows], stdout=subprocess.PIPE)
p = subprocess.Popen([sys.argv[4], bundle], stdin=g.stdout, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
g.stdout.close()
out, err = p.stdout.read(), p.stderr.read()
_, status, usage = os.wait4(p.pid, 0)
wall = time.monotonic() - t
g.wait()
sys.stderr.write(err.decode())
print(json.dumps({"wall": wall, "rss_kb": usage.ru_maxrss, "cpu": usage.ru_utime + usage.ru_stime, "code": os.waitstatus_to_exitcode(status), "out": out.decode()}))
`;

function profileDataEnv(inputs: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  const all = {
    'fail-on': 'never',
    'report-dir': join(root, '.bench', 'profile-data', 'reports'),
    ...inputs,
  };
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

function benchProfileData(): void {
  const bundle = join(root, 'actions', 'profile-data', 'dist', 'index.js');
  const generator = join(peers, 'gen_drift_stream.ts');
  const out = join(root, '.bench', 'profile-data');
  mkdirSync(out, { recursive: true });
  const sizes = [1_000_000, 10_000_000, ...(process.argv.includes('--with-100m') ? [100_000_000] : [])];
  console.log('\nprofile-data on a stream (generator | profile-data --data -), 12 columns\n');
  console.log(
    `${'rows'.padStart(12)} ${'wall s'.padStart(8)} ${'peak MB'.padStart(8)} ${'rows/s'.padStart(10)} ${'rows/cpu-s'.padStart(11)} ${'cores'.padStart(6)}`,
  );
  for (const size of sizes) {
    const env = profileDataEnv({
      data: '-',
      output: join(out, `stream-${size}.json`),
      'report-name': `stream-${size}`,
    });
    const result = spawnSync(
      python,
      ['-c', MEASURE_PIPE, String(size), generator, bundle, process.execPath],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
        env,
      },
    );
    if (result.status !== 0)
      throw new Error(`profile-data on ${size} rows: could not run (${result.stderr})`);
    const m = JSON.parse(result.stdout) as { wall: number; rss_kb: number; cpu: number; code: number };
    if (m.code !== 0) throw new Error(`profile-data on ${size} rows exited ${m.code}: ${result.stderr}`);
    const profile = JSON.parse(readFileSync(join(out, `stream-${size}.json`), 'utf8')) as { rows: number };
    if (profile.rows !== size) throw new Error(`profile-data profiled ${profile.rows} rows of ${size}`);
    console.log(
      `${size.toLocaleString('en').padStart(12)} ${m.wall.toFixed(1).padStart(8)} ${(m.rss_kb / 1024).toFixed(0).padStart(8)} ${Math.round(
        size / m.wall,
      )
        .toLocaleString('en')
        .padStart(10)} ${Math.round(size / m.cpu)
        .toLocaleString('en')
        .padStart(11)} ${(m.cpu / m.wall).toFixed(2).padStart(6)}`,
    );
  }
  if (!process.argv.includes('--with-100m')) console.log('(add --with-100m for 100,000,000 rows)');

  // The same 1M-row file profiled, and compared by check-drift's exact pass (rows, not a profile).
  const file = measure(
    'profile-data (file)',
    [process.execPath, bundle],
    profileDataEnv({
      data: data.reference,
      output: join(out, 'reference.json'),
      'report-name': 'reference',
    }),
  );
  const exact = runOurs({ label: 'exact-for-profile', inputs: {} });
  console.log(
    `\n${rows.toLocaleString('en')} rows (reference.csv), check-drift's exact pass vs profiling the reference:`,
  );
  console.log(
    `${'profile-data, reference.csv'.padEnd(34)} ${file.wallSeconds.toFixed(2).padStart(7)} s ${file.peakRssMb.toFixed(0).padStart(6)} MB`,
  );
  console.log(
    `${'check-drift (auto), ref + current'.padEnd(34)} ${exact.wallSeconds.toFixed(2).padStart(7)} s ${exact.peakRssMb.toFixed(0).padStart(6)} MB`,
  );
}

if (only === 'profile-data') {
  ensureData();
  benchProfileData();
  process.exit(0);
}

if (only === 'fairness-gate') {
  benchFairness();
  process.exit(0);
}
ensureData();
if (only !== 'check-drift') benchValidateData();
if (only === 'validate-data') process.exit(0);
console.log(`check-drift vs pandas + scipy, ${rows.toLocaleString('en')} rows per file\n`);
const peer = measure('peer (pandas + scipy)', [
  python,
  join(peers, 'peer_drift_scipy.py'),
  data.reference,
  data.current,
]);
const peerColumns = JSON.parse(peer.stdout) as Record<string, PeerColumn>;
const line = (label: string, m: Measured) =>
  `${label.padEnd(34)} ${m.wallSeconds.toFixed(2).padStart(7)} s ${m.peakRssMb.toFixed(0).padStart(6)} MB`;
console.log(line('peer: pandas + scipy (all methods)', peer));
for (const run of runs) {
  const ours = runOurs(run);
  const speed = peer.wallSeconds / ours.wallSeconds;
  const memory = ours.peakRssMb / peer.peakRssMb;
  console.log(
    `${line(`check-drift, ${run.label}`, ours)}   ${speed.toFixed(1)}x faster, ${(memory * 100).toFixed(0)}% of the peer's memory`,
  );
  for (const [label, diff] of Object.entries(agreement(ours.report, peerColumns))) {
    console.log(`    ${label}: ${diff.toExponential(2)}`);
  }
}
if (only === undefined) {
  benchFairness();
  benchSignModel();
  benchProfileData();
}
