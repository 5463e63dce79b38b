/** The committed 2,000-row bench pair (goldens/baseline-data.json) as Tables, and scipy's figures for it. */

import { readFileSync } from 'node:fs';
import type { Table } from '@modelgate/core';
import { makeTable, type TestColumn } from './tables.ts';

export interface BaselineNumeric {
  kind: 'numeric';
  ks_stat: number;
  ks_p: number;
  ks_p_asymp: number;
  psi: number;
  wasserstein: number;
  wasserstein_normed: number;
}

export interface BaselineCategorical {
  kind: 'categorical';
  chi2: number;
  chi2_p: number;
  js: number;
}

const goldens = new URL('../../goldens/', import.meta.url);

export function baselineTables(): { reference: Table; current: Table } {
  const data: { reference: Record<string, TestColumn>; current: Record<string, TestColumn> } = JSON.parse(
    readFileSync(new URL('baseline-data.json', goldens), 'utf8'),
  );
  return {
    reference: makeTable(data.reference, { file: 'reference.csv', types: { age: 'integer' } }),
    current: makeTable(data.current, { file: 'current.csv', types: { age: 'integer' } }),
  };
}

export function baselineExpected(): Record<string, BaselineNumeric | BaselineCategorical> {
  return JSON.parse(readFileSync(new URL('baseline.json', goldens), 'utf8')).columns;
}
