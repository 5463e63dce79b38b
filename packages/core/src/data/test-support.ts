/** Helpers shared by the data readers' tests (not part of the package API). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import type { Column, Table } from './table.ts';

/** A temporary folder removed when the test file ends; `file(name, content)` writes into it. */
export function scratchFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-data-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    file(name: string, content: string | Uint8Array): string {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

export function column(table: Table, name: string): Column {
  const found = table.columns.find((c) => c.name === name);
  if (!found) throw new Error(`no column ${name}; have ${table.columns.map((c) => c.name).join(', ')}`);
  return found;
}

/** A column's cells as plain values: numbers (null for NaN) or strings (null for missing). */
export function cells(table: Table, name: string): (number | string | null)[] {
  const c = column(table, name);
  if (c.kind === 'numeric') return Array.from(c.values, (v) => (Number.isNaN(v) ? null : v));
  return Array.from(c.codes, (code) => (code < 0 ? null : c.dictionary[code]));
}

export function types(table: Table): Record<string, string> {
  return Object.fromEntries(table.columns.map((c) => [c.name, c.type]));
}
