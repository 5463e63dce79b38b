import { UserError } from '@modelgate/core';
import type { Decision } from './judge.ts';

/**
 * The traffic steps of a progressive rollout, e.g. `5,25,50,100`: whole percentages from 1 to 100, strictly
 * increasing. `what` names the input for the error line.
 */
export function parseSteps(items: readonly string[], what = 'steps'): number[] {
  if (items.length === 0)
    throw new UserError(`input "${what}": expected at least one traffic step, e.g. 5,25,50,100`);
  const steps = items.map((item) => {
    const value = Number(item);
    if (!Number.isInteger(value) || value < 1 || value > 100) {
      throw new UserError(
        `input "${what}" has ${JSON.stringify(item.slice(0, 20))}: expected whole percentages from 1 to 100`,
      );
    }
    return value;
  });
  for (let i = 1; i < steps.length; i++) {
    if (steps[i] <= steps[i - 1]) {
      throw new UserError(
        `input "${what}" is out of order: ${steps[i]} follows ${steps[i - 1]}; expected strictly increasing percentages`,
      );
    }
  }
  return steps;
}

export interface NextStep {
  nextWeight: number;
  /** The canary reached the last step with a promote decision: it takes all the traffic meant for it. */
  promoted: boolean;
}

/** The next traffic weight: the next step on promote, the same on hold, 0 on rollback. */
export function nextStep(steps: readonly number[], currentWeight: number, decision: Decision): NextStep {
  const index = steps.indexOf(currentWeight);
  if (index < 0) {
    throw new UserError(
      `input "current-weight" is ${currentWeight}: expected one of the steps ${steps.join(', ')}`,
    );
  }
  if (decision === 'rollback') return { nextWeight: 0, promoted: false };
  if (decision === 'hold') return { nextWeight: currentWeight, promoted: false };
  const nextWeight = steps[Math.min(index + 1, steps.length - 1)];
  return { nextWeight, promoted: nextWeight === steps[steps.length - 1] };
}

const UNIT_SECONDS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/**
 * A Prometheus-style duration (`30s`, `5m`, `1h30m`, `250ms`) in seconds. Hand-written: the format is a few
 * unit suffixes, and the well-known parsers (ms, parse-duration) accept forms Prometheus does not.
 */
export function parseDuration(text: string, what: string): number {
  const trimmed = text.trim();
  const part = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/gy;
  let seconds = 0;
  let consumed = 0;
  for (let match = part.exec(trimmed); match; match = part.exec(trimmed)) {
    seconds += Number(match[1]) * UNIT_SECONDS[match[2]];
    consumed = part.lastIndex;
  }
  if (trimmed === '' || consumed !== trimmed.length) {
    throw new UserError(
      `input "${what}" is ${JSON.stringify(text.slice(0, 30))}: expected a duration such as 30s, 5m or 1h30m`,
    );
  }
  return seconds;
}
