import { formatNumber, formatShare, markdownCell, markdownText } from '@modelgate/core';
import type { FairnessResult, Measurement } from '@modelgate/fairness';

function share(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? 'undefined' : formatShare(value);
}

function interval(
  value: number,
  range: { low: number | null; high: number | null } | null | undefined,
): string {
  if (Number.isNaN(value)) return 'undefined';
  const estimate = formatNumber(value);
  return range && range.low !== null && range.high !== null
    ? `${estimate} [${formatNumber(range.low)}, ${formatNumber(range.high)}]`
    : estimate;
}

/**
 * The "Fairness" section of a model card (model-card.md beside the report), for a release step to include:
 * the policy and how each rule fared, then the rates per group. Group names come from data, so every
 * one is escaped.
 */
export function modelCard(
  m: Measurement,
  judged: FairnessResult,
  sensitive: string[],
  gateOn: 'estimate' | 'interval',
): string {
  const broken = judged.violations.length;
  const unchecked = judged.outcomes.filter((o) => o.status === 'undefined');
  const verdict = [
    broken > 0 ? `**${broken} policy rule(s) broken.**` : '',
    unchecked.length > 0
      ? `**${unchecked.length} policy rule(s) could not be checked:** ${unchecked.map((o) => markdownText(`${o.rule.metric} is undefined (${o.cause})`)).join('; ')}.`
      : '',
  ].filter((line) => line !== '');
  const lines = [
    '## Fairness',
    '',
    `Evaluated by modelgate fairness-gate over ${m.groups.length} group(s) of ${markdownText(sensitive.join(', '))} (method ${m.method}${m.resamples > 0 ? `, ${m.resamples} bootstrap resamples` : ''}; gate on the ${gateOn}).`,
    '',
    verdict.length === 0 ? 'Every policy rule holds.' : verdict.join(' '),
    '',
    '| rule | value | status |',
    '| --- | --- | --- |',
    ...judged.outcomes.map(
      (o) => `| ${markdownCell(o.rule.text)} | ${interval(o.value, o.interval)} | ${o.status} |`,
    ),
    '',
  ];
  if (m.task === 'classification') {
    lines.push(
      '| group | rows | selection rate | TPR | FPR | precision | accuracy |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...m.groups.map(
        (g) =>
          `| ${markdownCell(g.name)}${g.gated ? '' : ' (small, not gated)'} | ${g.n} | ${share(g.rates.selection_rate)} | ${share(g.rates.true_positive_rate)} | ${share(g.rates.false_positive_rate)} | ${share(g.rates.precision)} | ${share(g.rates.accuracy)} |`,
      ),
    );
  } else {
    lines.push(
      '| group | rows | MAE | RMSE | mean prediction |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...m.groups.map(
        (g) =>
          `| ${markdownCell(g.name)}${g.gated ? '' : ' (small, not gated)'} | ${g.n} | ${formatNumber(g.rates.mean_absolute_error)} | ${formatNumber(g.rates.root_mean_squared_error)} | ${formatNumber(g.rates.mean_prediction)} |`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
