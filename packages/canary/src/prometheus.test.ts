import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { parseMetricSpecs } from './metric-spec.ts';
import { type PrometheusSource, parseHeaders, parseMatrix, queryPrometheus } from './prometheus.ts';
import { canaryHistory, canaryMetricsYaml, HISTORY_END, HISTORY_START } from './testing/canary-history.ts';
import {
  freePort,
  type PrometheusServer,
  prometheusMissing,
  startPrometheus,
} from './testing/prometheus-server.ts';

const window = { start: HISTORY_START, end: HISTORY_END, stepSeconds: 15 };

function source(url: string, overrides: Partial<PrometheusSource> = {}): PrometheusSource {
  return { url, headers: {}, timeoutMs: 2000, attempts: 3, backoffMs: 10, ...overrides };
}

const missing = prometheusMissing();

describe('queryPrometheus against a real Prometheus', { skip: missing ?? false }, () => {
  let server: PrometheusServer;
  before(async () => {
    server = await startPrometheus(canaryHistory());
  });
  after(() => server?.stop());

  it('reads every point of the window for each variant', async () => {
    const samples = await queryPrometheus(
      source(server.url),
      parseMetricSpecs(canaryMetricsYaml('slow'), 'm'),
      window,
    );
    assert.equal(samples.baseline.get('latency')?.length, 41);
    assert.equal(samples.canary.get('latency')?.length, 41);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    assert.ok(mean(samples.canary.get('latency') ?? []) > 0.13);
    assert.ok(Math.abs(mean(samples.baseline.get('latency') ?? []) - 0.1) < 0.01);
  });

  it('gives no samples for a canary without traffic', async () => {
    const samples = await queryPrometheus(
      source(server.url),
      parseMetricSpecs(canaryMetricsYaml('silent'), 'm'),
      window,
    );
    assert.deepEqual(samples.canary.get('cpu'), []);
    assert.equal(samples.baseline.get('cpu')?.length, 41);
  });

  it('stops at once on a query Prometheus refuses, with its reason', async () => {
    const specs = parseMetricSpecs('- name: broken\n  query: rate(x{variant="{{variant}}"}', 'm');
    await assert.rejects(
      queryPrometheus(source(server.url), specs, window),
      /^PrometheusError: Prometheus at http:\/\/127\.0\.0\.1:\d+ refused the query for broken \(baseline\) \(HTTP 400: .*parse error/,
    );
  });
});

describe('queryPrometheus when Prometheus misbehaves', () => {
  const servers: Server[] = [];
  after(() => {
    for (const s of servers) s.close();
  });
  async function fake(
    answers: ((res: import('node:http').ServerResponse) => void)[],
  ): Promise<{ url: string; calls: () => number }> {
    let calls = 0;
    const server = createServer((req, res) => {
      req.resume();
      const answer = answers[Math.min(calls, answers.length - 1)];
      calls++;
      answer(res);
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    return { url: `http://127.0.0.1:${port}/prom/`, calls: () => calls };
  }
  const specs = parseMetricSpecs('- name: latency\n  query: x{variant="{{variant}}"}', 'm');
  const matrix = JSON.stringify({
    status: 'success',
    data: {
      resultType: 'matrix',
      result: [
        {
          metric: {},
          values: [
            [1, '0.5'],
            [2, 'NaN'],
          ],
        },
      ],
    },
  });

  it('retries a 503 and then reads the answer', async () => {
    const server = await fake([(res) => res.writeHead(503).end('busy'), (res) => res.end(matrix)]);
    const samples = await queryPrometheus(source(server.url), specs, window);
    assert.deepEqual(samples.baseline.get('latency'), [0.5, Number.NaN]);
    assert.equal(server.calls(), 3);
  });

  it('names an unreachable Prometheus after the attempts, and says the canary was not judged', async () => {
    const port = await freePort();
    await assert.rejects(
      queryPrometheus(source(`http://user:secret@127.0.0.1:${port}`), specs, window),
      (error: Error) => {
        assert.equal(error.name, 'PrometheusError');
        assert.match(
          error.message,
          new RegExp(
            `^Prometheus at http://127\\.0\\.0\\.1:${port} could not be queried for latency \\(baseline\\) after 3 attempts: unreachable \\(ECONNREFUSED\\)\\. The canary was not judged\\.$`,
          ),
        );
        assert.doesNotMatch(error.message, /secret/);
        return true;
      },
    );
  });

  it('gives up on a Prometheus that does not answer in time', async () => {
    const server = await fake([() => {}]);
    await assert.rejects(
      queryPrometheus(source(server.url, { timeoutMs: 100, attempts: 2 }), specs, window),
      /after 2 attempts: no answer within 0\.1s/,
    );
  });

  it('sends the configured headers', async () => {
    let seen: string | undefined;
    const server = createServer((req, res) => {
      seen = req.headers.authorization;
      res.end(matrix);
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await queryPrometheus(
      source(`http://127.0.0.1:${port}`, { headers: parseHeaders('Authorization: Bearer t0k\n') }),
      specs,
      window,
    );
    assert.equal(seen, 'Bearer t0k');
  });
});

describe('parseMatrix', () => {
  it('reads all points of all series, with NaN and infinities', () => {
    const text = JSON.stringify({
      status: 'success',
      data: {
        resultType: 'matrix',
        result: [
          {
            values: [
              [1, '1'],
              [2, '+Inf'],
            ],
          },
          {
            values: [
              [1, '-Inf'],
              [2, 'NaN'],
            ],
          },
        ],
      },
    });
    assert.deepEqual(parseMatrix(text, 's', 'm'), [
      1,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      Number.NaN,
    ]);
  });

  it('rejects an answer that is not a range-query result', () => {
    const cases: [string, RegExp][] = [
      ['<html>', /gave an invalid answer for m: not JSON/],
      ['{"status":"error"}', /expected status "success" with data/],
      ['{"status":"success","data":{"resultType":"vector","result":[]}}', /expected a matrix .*"vector"/],
      ['{"status":"success","data":{"resultType":"matrix","result":[{}]}}', /a series without "values"/],
      [
        '{"status":"success","data":{"resultType":"matrix","result":[{"values":[[1,2]]}]}}',
        /a point that is not \[time, "value"\]/,
      ],
      [
        '{"status":"success","data":{"resultType":"matrix","result":[{"values":[[1,"fast"]]}]}}',
        /value "fast" is not a number/,
      ],
    ];
    for (const [text, expected] of cases) assert.throws(() => parseMatrix(text, 's', 'm'), expected, text);
  });

  it('rejects malformed headers without echoing their value', () => {
    assert.throws(
      () => parseHeaders('X-Scope-OrgID: a\nsecret-without-colon'),
      (error: Error) => {
        assert.equal(error.message, 'input "prometheus-headers" line 2: expected "Name: value"');
        return true;
      },
    );
  });
});
