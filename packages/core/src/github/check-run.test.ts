import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../report/model.ts';
import { annotationsFor, conclusionOf, workspacePath } from './check-run.ts';
import { commentMarker } from './comment.ts';

const WORKSPACE = '/home/runner/work/models/models';

test('the verdict sets the conclusion', () => {
  assert.equal(conclusionOf('pass'), 'success');
  assert.equal(conclusionOf('warn'), 'neutral');
  assert.equal(conclusionOf('fail'), 'failure');
});

test('one annotation per location, most severe first, levels from severities', () => {
  const findings: Finding[] = [
    { check: 'rare', severity: 'notice', message: 'n', locations: [{ file: 'a.csv', line: 3 }] },
    {
      check: 'range',
      severity: 'warning',
      message: 'w',
      column: 'age',
      locations: [{ file: 'a.csv', line: 9 }],
    },
    {
      check: 'missing',
      severity: 'error',
      message: 'e',
      locations: [
        { file: 'data/b.csv', line: 4, column: 'income' },
        { file: 'data/b.csv', line: 5, column: 'income' },
      ],
    },
    { check: 'no-location', severity: 'error', message: 'x' },
  ];
  const plan = annotationsFor(findings, WORKSPACE, 50);
  assert.deepEqual(plan, {
    annotations: [
      {
        path: 'data/b.csv',
        start_line: 4,
        end_line: 4,
        annotation_level: 'failure',
        message: 'e',
        title: 'missing · column income',
      },
      {
        path: 'data/b.csv',
        start_line: 5,
        end_line: 5,
        annotation_level: 'failure',
        message: 'e',
        title: 'missing · column income',
      },
      {
        path: 'a.csv',
        start_line: 9,
        end_line: 9,
        annotation_level: 'warning',
        message: 'w',
        title: 'range · column age',
      },
      { path: 'a.csv', start_line: 3, end_line: 3, annotation_level: 'notice', message: 'n', title: 'rare' },
    ],
    outsideWorkspace: 0,
    overCap: 0,
  });
});

test('files outside the workspace are skipped and absolute paths inside are made relative', () => {
  const findings: Finding[] = [
    {
      check: 'c',
      severity: 'warning',
      message: 'm',
      locations: [
        { file: `${WORKSPACE}/data/train.csv`, line: 2 },
        { file: '/tmp/elsewhere.csv', line: 2 },
        { file: '../sibling/x.csv', line: 2 },
        { file: WORKSPACE, line: 2 },
      ],
    },
  ];
  const plan = annotationsFor(findings, WORKSPACE, 50);
  assert.deepEqual(
    plan.annotations.map((a) => a.path),
    ['data/train.csv'],
  );
  assert.equal(plan.outsideWorkspace, 3);
});

test('a row of a binary file is annotated on line 1 and named in the title', () => {
  const findings: Finding[] = [
    {
      check: 'range',
      severity: 'error',
      message: 'm',
      locations: [{ file: 'd.parquet', line: 1234, unit: 'row' }],
    },
  ];
  const [annotation] = annotationsFor(findings, WORKSPACE, 50).annotations;
  assert.equal(annotation.start_line, 1);
  assert.equal(annotation.title, 'range · row 1234');
});

test('maxAnnotations caps the count and says how many were left out', () => {
  const findings: Finding[] = [
    {
      check: 'c',
      severity: 'warning',
      message: 'm',
      locations: Array.from({ length: 30 }, (_, i) => ({ file: 'x.csv', line: i + 1 })),
    },
  ];
  const plan = annotationsFor(findings, WORKSPACE, 25);
  assert.equal(plan.annotations.length, 25);
  assert.equal(plan.overCap, 5);
  assert.equal(annotationsFor(findings, WORKSPACE, 0).annotations.length, 0);
});

test('workspacePath uses forward slashes and refuses what lies outside', () => {
  assert.equal(workspacePath('/w', 'a/b/c.csv'), 'a/b/c.csv');
  assert.equal(workspacePath('/w', '/w/a/../b.csv'), 'b.csv');
  assert.equal(workspacePath('/w', '/w2/b.csv'), undefined);
  assert.equal(workspacePath('/w', '..'), undefined);
  assert.equal(workspacePath('/w', '..data/x.csv'), '..data/x.csv');
});

test('the comment marker keys action and report name and cannot end the HTML comment early', () => {
  assert.equal(commentMarker('check-drift', 'features'), '<!-- modelgate:check-drift:features -->');
  assert.notEqual(commentMarker('check-drift', 'a b'), commentMarker('check-drift', 'a_b'));
  const marker = commentMarker('check-drift', 'x --> <b>');
  assert.equal(marker.indexOf('-->'), marker.length - 3);
});
