import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseMetricSpecs } from './metric-spec.ts';

describe('parseMetricSpecs', () => {
  it('reads every key of an entry and fills the defaults', () => {
    const specs = parseMetricSpecs(
      [
        '- name: latency_p95',
        '  query: histogram_quantile(0.95, rate(x{variant="{{variant}}"}[1m]))',
        '  direction: increase',
        '  allowed-change: 1.1',
        '  critical: true',
        '  must-have-data: true',
        '  max: 0.5',
        '  weight: 2',
        '  nan-strategy: replace',
        '- name: success',
        '  allowed-change-absolute: 0.01',
        '  min: 0.99',
      ].join('\n'),
      'metrics.yml',
    );
    assert.deepEqual(specs[0], {
      name: 'latency_p95',
      query: 'histogram_quantile(0.95, rate(x{variant="{{variant}}"}[1m]))',
      direction: 'increase',
      allowedChange: 1.1,
      allowedChangeAbsolute: undefined,
      critical: true,
      mustHaveData: true,
      max: 0.5,
      min: undefined,
      weight: 2,
      nanStrategy: 'replace',
    });
    assert.equal(specs[1].direction, 'either');
    assert.equal(specs[1].allowedChange, 1);
    assert.equal(specs[1].allowedChangeAbsolute, 0.01);
    assert.equal(specs[1].min, 0.99);
  });

  it('rejects bad entries with one line naming the source, the metric and what is expected', () => {
    const cases: [string, RegExp][] = [
      ['name: x', /UserError: m\.yml: expected a non-empty YAML list/],
      [
        '- name: x\n  directon: up',
        /UserError: m\.yml: metric 1: unknown key "directon"; expected one of name, query/,
      ],
      [
        '- name: x\n  direction: up',
        /UserError: m\.yml: metric 1 \("x"\): "direction" must be one of increase, decrease, either$/,
      ],
      ['- name: x\n  allowed-change: 0.9', /"allowed-change" must be a number >= 1/],
      ['- name: x\n  weight: 0', /"weight" must be greater than 0/],
      ['- name: x\n  min: 2\n  max: 1', /"min" \(2\) is above "max" \(1\)/],
      ['- name: x\n  query: up', /"query" must be PromQL text holding \{\{variant\}\}/],
      ['- name: x\n  critical: "yes"', /"critical" must be true or false/],
      ['- name: x\n- name: x', /metric "x" is listed twice/],
      ['- name: "::error::owned"', /metric name "::error::owned" is not accepted/],
      ['- name: "<img src=x>"', /is not accepted/],
      ['- [unclosed', /UserError: m\.yml: not valid YAML/],
    ];
    for (const [text, expected] of cases) {
      assert.throws(() => parseMetricSpecs(text, 'm.yml'), expected, text);
    }
  });
});
