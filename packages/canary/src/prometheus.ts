import { UserError } from '@modelgate/core';
import type { MetricSpec } from './metric-spec.ts';
import { emptySamples, type MetricSamples, VARIANTS } from './samples.ts';

/** Prometheus could not answer (unreachable, an error, an answer that is not a range-query result). */
export class PrometheusError extends UserError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PrometheusError';
  }
}

export interface PrometheusSource {
  url: string;
  /** Extra request headers (Authorization from prometheus-token, or prometheus-headers). */
  headers: Record<string, string>;
  /** Per request, in milliseconds. */
  timeoutMs: number;
  /** Attempts per query, with doubling waits between them (from `backoffMs`). */
  attempts: number;
  backoffMs: number;
}

export interface RangeWindow {
  /** Seconds since the epoch. */
  start: number;
  end: number;
  stepSeconds: number;
}

/** `Name: value` per line (prometheus-headers); names as HTTP allows them. */
export function parseHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    // The value is a secret: the error names the line, never its text.
    if (colon <= 0 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      throw new UserError(`input "prometheus-headers" line ${index + 1}: expected "Name: value"`);
    }
    headers[name] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** The server named without credentials or query, for messages. */
function serverName(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname.replace(/\/$/, '')}`;
  } catch {
    return 'the configured Prometheus';
  }
}

/** Server text in one short line (it ends up in an error message). */
function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, 200);
}

export function renderQuery(query: string, variant: string): string {
  return query.replaceAll('{{variant}}', variant);
}

/**
 * Every metric's samples for both variants: the metric's query with `{{variant}}` set, evaluated as a range
 * query over the window. All points of all series the query returns are the variant's samples (write the
 * query to return one series per variant, e.g. with sum or avg by). NaN points are kept for the judge.
 */
export async function queryPrometheus(
  source: PrometheusSource,
  metrics: readonly MetricSpec[],
  window: RangeWindow,
): Promise<MetricSamples> {
  const samples = emptySamples();
  for (const metric of metrics) {
    if (!metric.query) {
      throw new UserError(
        `metric "${metric.name}" has no "query"; the Prometheus source needs one per metric`,
      );
    }
    for (const variant of VARIANTS) {
      const values = await queryRange(
        source,
        renderQuery(metric.query, variant),
        window,
        `${metric.name} (${variant})`,
      );
      samples[variant].set(metric.name, values);
    }
  }
  return samples;
}

async function queryRange(
  source: PrometheusSource,
  query: string,
  window: RangeWindow,
  what: string,
): Promise<number[]> {
  const server = serverName(source.url);
  let endpoint: URL;
  try {
    endpoint = new URL('api/v1/query_range', source.url.endsWith('/') ? source.url : `${source.url}/`);
  } catch (error) {
    throw new UserError(`input "prometheus-url": not a URL`, { cause: error });
  }
  const headers: Record<string, string> = {
    ...source.headers,
    'content-type': 'application/x-www-form-urlencoded',
  };
  // fetch refuses URLs with credentials: they become basic authentication.
  if (endpoint.username || endpoint.password) {
    const user = decodeURIComponent(endpoint.username);
    const password = decodeURIComponent(endpoint.password);
    headers.Authorization ??= `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    endpoint.username = '';
    endpoint.password = '';
  }
  const body = new URLSearchParams({
    query,
    start: String(window.start),
    end: String(window.end),
    step: String(window.stepSeconds),
  });
  let lastProblem = '';
  for (let attempt = 1; attempt <= source.attempts; attempt++) {
    if (attempt > 1) await sleep(source.backoffMs * 2 ** (attempt - 2));
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(source.timeoutMs),
      });
    } catch (error) {
      const cause = (error as Error & { cause?: { code?: string } }).cause?.code;
      lastProblem =
        (error as Error).name === 'TimeoutError'
          ? `no answer within ${source.timeoutMs / 1000}s`
          : `unreachable${cause ? ` (${cause})` : ''}`;
      continue;
    }
    const text = await response.text();
    // 5xx and 429 may pass; 4xx other than 429 is the query's own fault and would fail again.
    if (response.status >= 500 || response.status === 429) {
      lastProblem = `HTTP ${response.status}${errorText(text)}`;
      continue;
    }
    if (!response.ok) {
      throw new PrometheusError(
        `Prometheus at ${server} refused the query for ${what} (HTTP ${response.status}${errorText(text)})`,
      );
    }
    return parseMatrix(text, server, what);
  }
  throw new PrometheusError(
    `Prometheus at ${server} could not be queried for ${what} after ${source.attempts} attempts: ${lastProblem}. The canary was not judged.`,
  );
}

function errorText(text: string): string {
  try {
    const answer = JSON.parse(text) as { error?: unknown };
    if (typeof answer.error === 'string') return `: ${oneLine(answer.error)}`;
  } catch {}
  return '';
}

/** The numbers of a range-query answer: `{"status":"success","data":{"resultType":"matrix","result":[...]}}`. */
export function parseMatrix(text: string, server: string, what: string): number[] {
  const invalid = (why: string) =>
    new PrometheusError(`Prometheus at ${server} gave an invalid answer for ${what}: ${why}`);
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch {
    throw invalid('not JSON');
  }
  const data = (answer as { status?: unknown; data?: { resultType?: unknown; result?: unknown } })?.data;
  if ((answer as { status?: unknown })?.status !== 'success' || typeof data !== 'object' || data === null) {
    throw invalid('expected status "success" with data');
  }
  if (data.resultType !== 'matrix' || !Array.isArray(data.result)) {
    throw invalid(
      `expected a matrix (range query result), got ${JSON.stringify(data.resultType)?.slice(0, 20)}`,
    );
  }
  const values: number[] = [];
  for (const series of data.result as unknown[]) {
    const points = (series as { values?: unknown })?.values;
    if (!Array.isArray(points)) throw invalid('a series without "values"');
    for (const point of points) {
      // Prometheus writes sample values as strings: "1.5", "NaN", "+Inf".
      if (!Array.isArray(point) || point.length !== 2 || typeof point[1] !== 'string') {
        throw invalid('a point that is not [time, "value"]');
      }
      const value = point[1] === '+Inf' ? Infinity : point[1] === '-Inf' ? -Infinity : Number(point[1]);
      if (Number.isNaN(value) && point[1] !== 'NaN')
        throw invalid(`value ${JSON.stringify(point[1].slice(0, 20))} is not a number`);
      values.push(value);
    }
  }
  return values;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
