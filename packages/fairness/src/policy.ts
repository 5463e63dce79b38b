/**
 * The fairness policy: lines `metric op bound` (`demographic_parity_ratio >= 0.8`), given inline or as a
 * YAML file holding a list of such lines or a mapping `metric: ">= 0.8"`. The default is the four-fifths
 * rule of 29 CFR 1607.4(D): demographic_parity_ratio >= 0.8.
 */

import { UserError } from '@modelgate/core';
import { parse } from 'yaml';
import { DISPARITY_NAMES } from './disparities.ts';
import { type MetricName, REFERENCE_DISPARITIES } from './measure.ts';

export type Comparison = '>=' | '<=' | '>' | '<';

export interface PolicyRule {
  metric: MetricName;
  comparison: Comparison;
  bound: number;
  /** The rule as written, for the report. */
  text: string;
}

export const FOUR_FIFTHS_RULE = 'demographic_parity_ratio >= 0.8';

const METRIC_NAMES: readonly string[] = [...DISPARITY_NAMES, ...REFERENCE_DISPARITIES];
const RULE = /^\s*([a-z_]+)\s*(>=|<=|>|<)\s*(-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?)\s*$/i;

function parseRule(line: string, where: string): PolicyRule {
  const match = RULE.exec(line);
  if (!match) {
    throw new UserError(
      `${where}: '${line.trim()}' is not a policy rule; write 'metric >= number' or 'metric <= number', e.g. '${FOUR_FIFTHS_RULE}'`,
    );
  }
  const [, metric, comparison, bound] = match;
  if (!METRIC_NAMES.includes(metric)) {
    throw new UserError(`${where}: '${metric}' is not a fairness metric; known: ${METRIC_NAMES.join(', ')}`);
  }
  return {
    metric: metric as MetricName,
    comparison: comparison as Comparison,
    bound: Number(bound),
    text: `${metric} ${comparison} ${bound}`,
  };
}

/** Rules from compact lines (one per line, or separated by `;`); blank lines and `#` comments ignored. */
export function parsePolicyLines(text: string, where = 'policy'): PolicyRule[] {
  return text
    .split(/[\n;]/)
    .map((line) => line.replace(/#.*$/, ''))
    .filter((line) => line.trim() !== '')
    .map((line) => parseRule(line, where));
}

/** Rules from a YAML document: a list of rule lines, or a mapping metric → "op bound". */
export function parsePolicyYaml(text: string, file: string): PolicyRule[] {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    throw new UserError(`policy file ${file} is not valid YAML: ${(error as Error).message.split('\n')[0]}`, {
      cause: error,
    });
  }
  if (doc && typeof doc === 'object' && !Array.isArray(doc) && 'rules' in doc)
    doc = (doc as { rules: unknown }).rules;
  if (Array.isArray(doc) && doc.every((line) => typeof line === 'string')) {
    return doc.map((line) => parseRule(line, `policy file ${file}`));
  }
  if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
    return Object.entries(doc).map(([metric, rule]) => {
      if (typeof rule !== 'string' && typeof rule !== 'number') {
        throw new UserError(`policy file ${file}: the rule of '${metric}' must be text such as '>= 0.8'`);
      }
      return parseRule(`${metric} ${rule}`, `policy file ${file}`);
    });
  }
  throw new UserError(
    `policy file ${file} must hold a list of rules ('${FOUR_FIFTHS_RULE}') or a mapping metric: '>= 0.8'`,
  );
}

/** Does `value` keep the rule? */
export function keeps(rule: PolicyRule, value: number): boolean {
  switch (rule.comparison) {
    case '>=':
      return value >= rule.bound;
    case '<=':
      return value <= rule.bound;
    case '>':
      return value > rule.bound;
    case '<':
      return value < rule.bound;
  }
}

export type RuleStatus = 'pass' | 'fail' | 'undefined';

/**
 * How a disparity fares against its rule. On the estimate: fail when it breaks the rule. On the interval:
 * fail only when the whole interval breaks it (both ends on the wrong side); without an interval, the
 * estimate decides.
 */
export function judge(
  rule: PolicyRule,
  estimate: number,
  interval: { low: number | null; high: number | null } | null,
  gateOn: 'estimate' | 'interval',
): RuleStatus {
  if (Number.isNaN(estimate)) return 'undefined';
  if (gateOn === 'interval' && interval && interval.low !== null && interval.high !== null) {
    return keeps(rule, interval.low) || keeps(rule, interval.high) ? 'pass' : 'fail';
  }
  return keeps(rule, estimate) ? 'pass' : 'fail';
}
