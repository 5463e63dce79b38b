import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatIsoDateTime, isWritableDateTime, parseIsoDateTime } from './datetime.ts';

describe('parseIsoDateTime', () => {
  it('reads dates and date-times as UTC unless an offset is given', () => {
    assert.equal(parseIsoDateTime('2024-01-31'), Date.UTC(2024, 0, 31));
    assert.equal(parseIsoDateTime('2024-01-31T08:05'), Date.UTC(2024, 0, 31, 8, 5));
    assert.equal(parseIsoDateTime('2024-01-31 08:05:09'), Date.UTC(2024, 0, 31, 8, 5, 9));
    assert.equal(parseIsoDateTime('2024-01-31T08:05:09.5Z'), Date.UTC(2024, 0, 31, 8, 5, 9, 500));
    // A fraction below the millisecond is kept, as the readers keep it in a datetime column, so a schema
    // bound written like a cell is that cell's instant (cutting it made the cell exceed the bound).
    assert.equal(
      parseIsoDateTime('2024-01-31T08:05:09.123456789Z'),
      Date.UTC(2024, 0, 31, 8, 5, 9, 123) + 0.456789,
    );
    assert.equal(parseIsoDateTime('2024-01-31T08:00:00+02:00'), Date.UTC(2024, 0, 31, 6));
    assert.equal(parseIsoDateTime('2024-01-31T08:00:00-0530'), Date.UTC(2024, 0, 31, 13, 30));
    assert.equal(parseIsoDateTime('2024-01-31T08:00:00+01'), Date.UTC(2024, 0, 31, 7));
    assert.equal(parseIsoDateTime(' 2024-02-29 '), Date.UTC(2024, 1, 29));
  });

  it('keeps years below 100 as written', () => {
    assert.equal(new Date(parseIsoDateTime('0050-06-01') as number).getUTCFullYear(), 50);
  });

  it('rejects what is not an ISO 8601 date', () => {
    for (const text of [
      '',
      '31/01/2024',
      '2024-1-31',
      '2023-02-29',
      '2024-13-01',
      '2024-01-31T24:00',
      'today',
      '2024-01-31T08:61',
    ]) {
      assert.equal(parseIsoDateTime(text), undefined, text);
    }
  });
});

describe('formatIsoDateTime', () => {
  it('writes midnight as a date and other times in full, both read back to the same instant', () => {
    assert.equal(formatIsoDateTime(Date.UTC(2024, 0, 31)), '2024-01-31');
    assert.equal(formatIsoDateTime(Date.UTC(2024, 0, 31, 8, 0, 0, 5)), '2024-01-31T08:00:00.005Z');
    for (const ms of [0, Date.UTC(1999, 11, 31, 23, 59, 59, 999), -86_400_000 * 365]) {
      assert.equal(parseIsoDateTime(formatIsoDateTime(ms)), ms);
    }
  });

  it('knows which instants a four-digit year can write', () => {
    assert.equal(isWritableDateTime(Date.UTC(9999, 11, 31, 23)), true);
    assert.equal(isWritableDateTime(Date.UTC(10000, 0, 1)), false);
    assert.equal(isWritableDateTime(Number.NaN), false);
  });
});
