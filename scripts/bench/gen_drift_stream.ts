// Rows like gen_drift_data.py's reference.csv (the same twelve columns and distributions: num_0..num_7
// normal, income log-normal with 1% missing, age an integer in [18, 90), color from four weighted
// categories, region from five), written to stdout as CSV, so that any number of rows can be piped into
// a reader without ever being on disk. Deterministic (a seeded generator; not numpy's stream, so
// not the same rows as the Python script). Node, not Python: it must outpace the reader it feeds.
//   npx node scripts/bench/gen_drift_stream.ts ROWS | modelgate profile-data --data - ...

const rows = Number(process.argv[2]);
if (!Number.isSafeInteger(rows) || rows < 0) {
  process.stderr.write('usage: gen_drift_stream.ts ROWS\n');
  process.exit(2);
}

// mulberry32: 32 random bits per draw are plenty for a benchmark, and it keeps ahead of the reader.
let seed = 0x2545f491;
function uniform(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

let spare = Number.NaN;
function normal(): number {
  if (!Number.isNaN(spare)) {
    const value = spare;
    spare = Number.NaN;
    return value;
  }
  let u = 0;
  while (u === 0) u = uniform();
  const r = Math.sqrt(-2 * Math.log(u));
  const angle = 2 * Math.PI * uniform();
  spare = r * Math.sin(angle);
  return r * Math.cos(angle);
}

const COLORS = ['red', 'green', 'blue', 'yellow'];
const COLOR_CUTS = [0.4, 0.7, 0.9];
const REGIONS = ['north', 'south', 'east', 'west', 'central'];

function row(): string {
  const cells: string[] = [];
  for (let i = 0; i < 8; i++) cells.push(normal().toFixed(6));
  const income = Math.exp(10 + 0.5 * normal());
  cells.push(uniform() < 0.01 ? '' : income.toFixed(2));
  cells.push(String(18 + Math.floor(uniform() * 72)));
  const c = uniform();
  cells.push(COLORS[c < COLOR_CUTS[0] ? 0 : c < COLOR_CUTS[1] ? 1 : c < COLOR_CUTS[2] ? 2 : 3]);
  cells.push(REGIONS[Math.floor(uniform() * 5)]);
  return cells.join(',');
}

const BATCH = 4096;
let written = 0;
function write(): void {
  let ok = true;
  while (ok && written < rows) {
    const lines: string[] = [];
    const end = Math.min(rows, written + BATCH);
    for (; written < end; written++) lines.push(row());
    ok = process.stdout.write(`${lines.join('\n')}\n`);
  }
  if (written < rows) process.stdout.once('drain', write);
}
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // The reader stopped early (it failed, or a test read only the start): nothing more to say.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.stdout.write('num_0,num_1,num_2,num_3,num_4,num_5,num_6,num_7,income,age,color,region\n');
write();
