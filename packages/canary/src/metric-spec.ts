import { UserError } from '@modelgate/core';
import { parse as parseYaml } from 'yaml';

/** Which way a metric is bad: a latency that rises, a success rate that falls, or any change. */
export type Direction = 'increase' | 'decrease' | 'either';

/** How NaN samples are treated: left out (Kayenta's `remove`) or counted as 0 (`replace`). */
export type NanStrategy = 'remove' | 'replace';

/** One metric the judge compares between the baseline and the canary. */
export interface MetricSpec {
  name: string;
  /** PromQL with `{{variant}}` where baseline or canary goes; only for the Prometheus source. */
  query?: string;
  direction: Direction;
  /** Allowed ratio of the canary's location to the baseline's (>= 1; a decrease is allowed down to 1/ratio). */
  allowedChange: number;
  /** Allowed shift in the metric's own unit; replaces allowedChange when set. */
  allowedChangeAbsolute?: number;
  /** A failing critical metric fails the canary whatever the score. */
  critical: boolean;
  /** No data for this metric fails it (otherwise it is left out of the score). */
  mustHaveData: boolean;
  /** Absolute bounds on the canary's mean, as Flagger's thresholdRange. */
  max?: number;
  min?: number;
  weight: number;
  nanStrategy: NanStrategy;
}

/**
 * Metric names reach reports, logs and deployment descriptions; a plain identifier keeps every one of them
 * free of markup and workflow commands. Prometheus metric and recording-rule names fit it.
 */
export const METRIC_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]{0,99}$/;

export function checkMetricName(name: string, where: string): void {
  if (!METRIC_NAME.test(name)) {
    throw new UserError(
      `${where}: metric name ${JSON.stringify(name.slice(0, 100))} is not accepted: expected a letter or _ followed by letters, digits, _ . : or - (at most 100)`,
    );
  }
}

const KEYS = new Set([
  'name',
  'query',
  'direction',
  'allowed-change',
  'allowed-change-absolute',
  'critical',
  'must-have-data',
  'max',
  'min',
  'weight',
  'nan-strategy',
]);

/** Defaults for a metric that only has a name (a metrics file without a `metrics` list). */
export function defaultMetric(name: string): MetricSpec {
  return {
    name,
    direction: 'either',
    allowedChange: 1,
    critical: false,
    mustHaveData: false,
    weight: 1,
    nanStrategy: 'remove',
  };
}

/**
 * The `metrics` input: a YAML list of metric entries (see action.yml), given inline or read from a file by
 * the caller. `source` names where the text came from, for the error line.
 */
export function parseMetricSpecs(text: string, source: string): MetricSpec[] {
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new UserError(`${source}: not valid YAML: ${reason}`, { cause: error });
  }
  if (!Array.isArray(document) || document.length === 0) {
    throw new UserError(`${source}: expected a non-empty YAML list of metrics (- name: ..., query: ...)`);
  }
  const specs = document.map((entry, index) => metricSpec(entry, `${source}: metric ${index + 1}`));
  const seen = new Set<string>();
  for (const spec of specs) {
    if (seen.has(spec.name)) throw new UserError(`${source}: metric "${spec.name}" is listed twice`);
    seen.add(spec.name);
  }
  return specs;
}

function metricSpec(entry: unknown, where: string): MetricSpec {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    throw new UserError(`${where}: expected a mapping with at least "name"`);
  }
  const fields = entry as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (!KEYS.has(key)) {
      throw new UserError(
        `${where}: unknown key ${JSON.stringify(key.slice(0, 60))}; expected one of ${[...KEYS].join(', ')}`,
      );
    }
  }
  if (typeof fields.name !== 'string') throw new UserError(`${where}: "name" must be text`);
  checkMetricName(fields.name, where);
  const at = `${where} ("${fields.name}")`;
  const spec = defaultMetric(fields.name);
  if (fields.query !== undefined) {
    if (typeof fields.query !== 'string' || !fields.query.includes('{{variant}}')) {
      throw new UserError(`${at}: "query" must be PromQL text holding {{variant}} (baseline or canary)`);
    }
    spec.query = fields.query;
  }
  spec.direction = oneOf(
    fields.direction,
    ['increase', 'decrease', 'either'],
    spec.direction,
    at,
    'direction',
  );
  spec.nanStrategy = oneOf(
    fields['nan-strategy'],
    ['remove', 'replace'],
    spec.nanStrategy,
    at,
    'nan-strategy',
  );
  spec.allowedChange = numberField(fields['allowed-change'], at, 'allowed-change', 1) ?? 1;
  spec.allowedChangeAbsolute = numberField(
    fields['allowed-change-absolute'],
    at,
    'allowed-change-absolute',
    0,
  );
  spec.weight = numberField(fields.weight, at, 'weight', 0) ?? 1;
  if (spec.weight === 0) throw new UserError(`${at}: "weight" must be greater than 0`);
  spec.max = numberField(fields.max, at, 'max');
  spec.min = numberField(fields.min, at, 'min');
  if (spec.max !== undefined && spec.min !== undefined && spec.min > spec.max) {
    throw new UserError(`${at}: "min" (${spec.min}) is above "max" (${spec.max})`);
  }
  spec.critical = booleanField(fields.critical, at, 'critical');
  spec.mustHaveData = booleanField(fields['must-have-data'], at, 'must-have-data');
  return spec;
}

function oneOf<V extends string>(
  value: unknown,
  allowed: readonly V[],
  fallback: V,
  at: string,
  key: string,
): V {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as V;
  throw new UserError(`${at}: "${key}" must be one of ${allowed.join(', ')}`);
}

function numberField(value: unknown, at: string, key: string, min?: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || (min !== undefined && value < min)) {
    throw new UserError(`${at}: "${key}" must be a number${min === undefined ? '' : ` >= ${min}`}`);
  }
  return value;
}

function booleanField(value: unknown, at: string, key: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw new UserError(`${at}: "${key}" must be true or false`);
  return value;
}
