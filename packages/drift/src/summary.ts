/**
 * The reference summary: everything check-drift needs from the reference data, so the action can cache it
 * (by the content hash of the reference files, with @actions/cache) and skip reading and sorting the
 * reference on the next run. The statistics stay exact: KS and Wasserstein need every reference value, so
 * a numeric column is kept whole, as its sorted finite values; a categorical column is kept as category
 * counts. Columns that pair rows (target and prediction, for concept drift) are kept in row order.
 *
 * Binary format, version 1 (all integers little-endian):
 *
 *   offset 0   8 bytes   magic "MGREFSUM"
 *   offset 8   uint32    format version (1)
 *   offset 12  uint32    header length H in bytes
 *   offset 16  H bytes   header, UTF-8 JSON (see SummaryHeader below)
 *   then zero padding to a multiple of 8, where the data area starts
 *   data area            blocks of Float64 or Int32 values; a header entry's `block` is
 *                        [byte offset from the data area start (a multiple of 8), number of values]
 *
 * A numeric column's block holds its sorted finite values (Float64); a row-order numeric column's block its
 * values with NaN for missing (Float64); a row-order categorical column's block its codes (Int32, -1
 * missing) into the header's `dictionary`. 1,000,000 rows of a numeric column take 8 MB.
 */

import type { Column, SourceFormat, Table } from '@modelgate/core';
import { type ColumnProfile, profileColumn } from './profile.ts';
import { SortScratch } from './sort.ts';

export const REFERENCE_SUMMARY_VERSION = 1;
const MAGIC = 'MGREFSUM';
const PREFIX_BYTES = 16;

export interface SummarySource {
  file: string;
  format: SourceFormat;
  rowCount: number;
}

export interface ReferenceSummary {
  kind: 'reference-summary';
  version: typeof REFERENCE_SUMMARY_VERSION;
  rowCount: number;
  sources: SummarySource[];
  /** One profile per column of the reference table, in table order. */
  columns: ColumnProfile[];
  /** Columns kept whole in row order, for measures that pair the cells of a row (concept drift). */
  rowColumns: Column[];
}

export interface SummarizeOptions {
  /** Columns to keep in row order as well (the target and prediction columns). */
  keepRows?: string[];
}

/** A corrupt, truncated or foreign summary file; the caller can fall back to reading the reference. */
export class ReferenceSummaryError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.file = file;
    this.name = 'ReferenceSummaryError';
  }
}

export function isReferenceSummary(data: Table | ReferenceSummary): data is ReferenceSummary {
  return (data as ReferenceSummary).kind === 'reference-summary';
}

export function summarizeReference(table: Table, options: SummarizeOptions = {}): ReferenceSummary {
  const keep = new Set(options.keepRows ?? []);
  const scratch = new SortScratch();
  return {
    kind: 'reference-summary',
    version: REFERENCE_SUMMARY_VERSION,
    rowCount: table.rowCount,
    sources: table.sources.map(({ file, format, rowCount }) => ({ file, format, rowCount })),
    columns: table.columns.map((column) => profileColumn(column, { scratch })),
    rowColumns: table.columns.filter((c) => keep.has(c.name)),
  };
}

type Block = [offset: number, length: number];

type HeaderColumn =
  | { name: string; kind: 'numeric'; type: string; rowCount: number; unparsed?: number; block: Block }
  | {
      name: string;
      kind: 'categorical';
      type: string;
      rowCount: number;
      categories: string[];
      counts: number[];
    };

type HeaderRowColumn =
  | { name: string; kind: 'numeric'; type: string; invalidCount: number; block: Block }
  | { name: string; kind: 'categorical'; type: string; dictionary: string[]; block: Block };

interface SummaryHeader {
  rowCount: number;
  sources: SummarySource[];
  columns: HeaderColumn[];
  rowColumns: HeaderRowColumn[];
}

/** The summary as bytes in the format described at the top of this file. */
export function encodeReferenceSummary(summary: ReferenceSummary): Uint8Array {
  const arrays: (Float64Array | Int32Array)[] = [];
  let dataBytes = 0;
  const place = (values: Float64Array | Int32Array): Block => {
    const block: Block = [dataBytes, values.length];
    arrays.push(values);
    dataBytes += align8(values.byteLength);
    return block;
  };
  const header: SummaryHeader = {
    rowCount: summary.rowCount,
    sources: summary.sources,
    columns: summary.columns.map((c) =>
      c.kind === 'numeric'
        ? {
            name: c.name,
            kind: c.kind,
            type: c.type,
            rowCount: c.rowCount,
            unparsed: c.unparsed,
            block: place(c.sorted),
          }
        : {
            name: c.name,
            kind: c.kind,
            type: c.type,
            rowCount: c.rowCount,
            categories: c.categories,
            counts: c.counts,
          },
    ),
    rowColumns: summary.rowColumns.map((c) =>
      c.kind === 'numeric'
        ? { name: c.name, kind: c.kind, type: c.type, invalidCount: c.invalidCount, block: place(c.values) }
        : { name: c.name, kind: c.kind, type: c.type, dictionary: c.dictionary, block: place(c.codes) },
    ),
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const dataStart = align8(PREFIX_BYTES + headerBytes.length);
  const out = new Uint8Array(dataStart + dataBytes);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(8, REFERENCE_SUMMARY_VERSION, true);
  view.setUint32(12, headerBytes.length, true);
  out.set(headerBytes, PREFIX_BYTES);
  let at = dataStart;
  for (const values of arrays) {
    out.set(littleEndianBytes(values), at);
    at += align8(values.byteLength);
  }
  return out;
}

/**
 * Reads a summary written by encodeReferenceSummary. `file` names it in errors. Checks the magic, the
 * version, every block's bounds and that numeric profiles are ascending, so a damaged cache entry is
 * reported rather than turned into wrong statistics.
 */
export function decodeReferenceSummary(bytes: Uint8Array, file = 'reference summary'): ReferenceSummary {
  const fail = (message: string): never => {
    throw new ReferenceSummaryError(file, message);
  };
  if (bytes.length < PREFIX_BYTES || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) {
    fail('not a modelgate reference summary (the file does not start with "MGREFSUM")');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== REFERENCE_SUMMARY_VERSION) {
    fail(
      `reference summary format version ${version}; this modelgate reads version ${REFERENCE_SUMMARY_VERSION}`,
    );
  }
  const headerLength = view.getUint32(12, true);
  if (PREFIX_BYTES + headerLength > bytes.length) fail('truncated: the header runs past the end of the file');
  let header: SummaryHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength)));
  } catch {
    return fail('the header is not valid JSON');
  }
  const dataStart = align8(PREFIX_BYTES + headerLength);
  const read = <T extends Float64Array | Int32Array>(
    block: Block,
    Kind: { new (length: number): T; BYTES_PER_ELEMENT: number },
    name: string,
  ): T => {
    const [offset, length] = Array.isArray(block) ? block : [Number.NaN, Number.NaN];
    const start = dataStart + offset;
    const end = start + length * Kind.BYTES_PER_ELEMENT;
    if (
      !Number.isInteger(offset) ||
      !Number.isInteger(length) ||
      offset < 0 ||
      length < 0 ||
      end > bytes.length
    ) {
      fail(`column "${name}": its data block lies outside the file (truncated?)`);
    }
    const values = new Kind(length);
    new Uint8Array(values.buffer).set(bytes.subarray(start, end));
    if (!LITTLE_ENDIAN) swapBytes(new Uint8Array(values.buffer), Kind.BYTES_PER_ELEMENT);
    return values;
  };
  const columns = (header.columns ?? []).map((c): ColumnProfile => {
    if (c.kind === 'categorical') {
      return {
        kind: 'categorical',
        name: c.name,
        type: c.type as never,
        rowCount: c.rowCount,
        categories: c.categories,
        counts: c.counts,
      };
    }
    const sorted = read(c.block, Float64Array, c.name);
    for (let i = 0; i < sorted.length; i++) {
      if (!Number.isFinite(sorted[i]) || (i > 0 && sorted[i] < sorted[i - 1])) {
        fail(`column "${c.name}": stored values are not sorted finite numbers (damaged file)`);
      }
    }
    const profile: ColumnProfile = {
      kind: 'numeric',
      name: c.name,
      type: c.type as never,
      rowCount: c.rowCount,
      sorted,
    };
    if (c.unparsed !== undefined) profile.unparsed = c.unparsed;
    return profile;
  });
  const rowColumns = (header.rowColumns ?? []).map((c): Column => {
    if (c.kind === 'numeric') {
      const values = read(c.block, Float64Array, c.name);
      return {
        kind: 'numeric',
        name: c.name,
        type: c.type as never,
        values,
        invalidCount: c.invalidCount,
        invalidExamples: [],
      };
    }
    const codes = read(c.block, Int32Array, c.name);
    return { kind: 'categorical', name: c.name, type: c.type as never, codes, dictionary: c.dictionary };
  });
  return {
    kind: 'reference-summary',
    version: REFERENCE_SUMMARY_VERSION,
    rowCount: header.rowCount,
    sources: header.sources,
    columns,
    rowColumns,
  };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

function littleEndianBytes(values: Float64Array | Int32Array): Uint8Array {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  if (LITTLE_ENDIAN) return bytes;
  const copy = bytes.slice();
  swapBytes(copy, values.BYTES_PER_ELEMENT);
  return copy;
}

function swapBytes(bytes: Uint8Array, width: number): void {
  for (let i = 0; i < bytes.length; i += width) bytes.subarray(i, i + width).reverse();
}
