import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  isIntegerLiteral,
  parseAs,
  parseBoolean,
  parseDatetime,
  parseIsoDateTime,
  parseNumber,
} from './cells.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const number = (text: string) => parseNumber(bytes(text), 0, bytes(text).length);
const datetime = (text: string) => parseDatetime(bytes(text), 0, bytes(text).length);

/** Same double, bit for bit (distinguishes 0 from -0). */
function sameBits(actual: number, expected: number, text: string) {
  assert.ok(
    Object.is(actual, expected),
    `${JSON.stringify(text)}: parsed ${actual}, Number() gives ${expected}`,
  );
}

describe('parseNumber', () => {
  it('equals Number(text) bit for bit for doubles printed every way JavaScript prints them', () => {
    const printings = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x.toString()),
      fc
        .double({ noNaN: true, noDefaultInfinity: true })
        .chain((x) => fc.integer({ min: 0, max: 20 }).map((digits) => x.toExponential(digits))),
      fc
        .double({ min: -1e21, max: 1e21, noNaN: true })
        .chain((x) => fc.integer({ min: 0, max: 20 }).map((digits) => x.toFixed(digits))),
      fc
        .double({ noNaN: true, noDefaultInfinity: true })
        .chain((x) => fc.integer({ min: 1, max: 21 }).map((digits) => x.toPrecision(digits))),
    );
    fc.assert(
      fc.property(printings, (text) => sameBits(number(text), Number(text), text)),
      { numRuns: 20_000 },
    );
  });

  it('equals Number(text) for decimal strings built digit by digit (long mantissas, big exponents)', () => {
    const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 30 });
    const decimal = fc
      .record({
        sign: fc.constantFrom('', '-', '+'),
        whole: digits,
        fraction: fc.option(fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 30 })),
        exponent: fc.option(fc.integer({ min: -400, max: 400 })),
      })
      .map(({ sign, whole, fraction, exponent }) => {
        let text = sign + whole;
        if (fraction !== null) text += `.${fraction}`;
        if (exponent !== null) text += `e${exponent}`;
        return text;
      });
    fc.assert(
      fc.property(decimal, (text) => sameBits(number(text), Number(text), text)),
      { numRuns: 20_000 },
    );
  });

  it('handles the hard cases of correct rounding', () => {
    for (const text of [
      '0.1',
      '9007199254740993', // 2^53 + 1: halfway, rounds to even
      '9007199254740992',
      '2.2250738585072011e-308', // near the smallest normal
      '4.9e-324', // smallest subnormal
      '2.4703282292062327e-324', // below half the smallest subnormal: 0
      '1.7976931348623157e308',
      '1.7976931348623159e308', // rounds to Infinity
      '123456789012345678901234567890',
      '0.30000000000000004',
      '1e23',
      '8.98846567431158e307',
      '-0',
      '-0.0e5',
      '.5',
      '5.',
      '+1',
    ]) {
      sameBits(number(text), Number(text), text);
    }
  });

  it('reads inf and infinity in any case, and spaces around a number', () => {
    assert.equal(number('inf'), Infinity);
    assert.equal(number('-Infinity'), -Infinity);
    assert.equal(number('+INF'), Infinity);
    assert.equal(number('  2.5 '), 2.5);
  });

  it('rejects what is not a decimal number, including what Number() would take', () => {
    for (const text of [
      '',
      ' ',
      '0x10',
      '0b1',
      '0o7',
      '1_000',
      'abc',
      '1e',
      '1e+',
      '.',
      '-',
      '+.',
      '1.2.3',
      '--1',
      'nan',
      'NaN',
      '1,5',
      '1 2',
      'e5',
      'infinit',
    ]) {
      assert.ok(Number.isNaN(number(text)), text);
    }
  });
});

describe('isIntegerLiteral', () => {
  it('accepts safe integer literals only', () => {
    const yes = ['0', '-7', '+12', ' 42 ', '9007199254740991', '-9007199254740991', '007'];
    const no = ['1.0', '1e3', '9007199254740992', '12345678901234567890', '', '-', 'x1', '1.5'];
    for (const text of yes) assert.ok(isIntegerLiteral(bytes(text), 0, bytes(text).length), text);
    for (const text of no) assert.ok(!isIntegerLiteral(bytes(text), 0, bytes(text).length), text);
  });
});

describe('parseBoolean', () => {
  it('reads true/false in any case and 1/0', () => {
    const cases: [string, number][] = [
      ['true', 1],
      ['TRUE', 1],
      ['False', 0],
      ['1', 1],
      ['0', 0],
      ['yes', -1],
      ['t', -1],
      ['', -1],
      ['10', -1],
    ];
    for (const [text, expected] of cases)
      assert.equal(parseBoolean(bytes(text), 0, text.length), expected, text);
  });
});

describe('parseIsoDateTime', () => {
  it("reads text by the readers' own rules: the same instant, or undefined where a cell would be invalid", () => {
    for (const text of [
      '2024-01-31',
      ' 2024-01-31T08:05:09.123456789Z ',
      '2024-01-31 08:05',
      '2024-01-31T08:00:00-0530',
      '2024-01-31T08:00:00,5+01',
    ]) {
      assert.equal(parseIsoDateTime(text), datetime(text), text);
    }
    for (const text of ['2023-02-29', '2024-01-31T24:00', 'yesterday', '', '2024-01-31Tx']) {
      assert.equal(parseIsoDateTime(text), undefined, text);
      assert.ok(Number.isNaN(datetime(text)), text);
    }
  });
});

describe('parseDatetime', () => {
  it('agrees with Date.parse on ISO 8601 dates and date-times', () => {
    for (const text of [
      '2024-01-02',
      '2024-02-29',
      '1969-12-31T23:59:59Z',
      '2024-01-02T03:04:05.678Z',
      '2024-01-02T03:04:05+02:00',
      '2024-01-02T03:04:05-05:30',
      '0001-01-01T00:00:00Z',
      '9999-12-31T23:59:59.999Z',
      '2000-02-29T12:00Z',
    ]) {
      assert.equal(datetime(text), Date.parse(text), text);
    }
  });

  it('reads a date-time without a zone as UTC, with T or a space', () => {
    assert.equal(datetime('2024-01-02 03:04:05'), Date.UTC(2024, 0, 2, 3, 4, 5));
    assert.equal(datetime('2024-01-02T03:04'), Date.UTC(2024, 0, 2, 3, 4));
    assert.equal(datetime('2024-01-02T03:04:05+0100'), Date.UTC(2024, 0, 2, 2, 4, 5));
    assert.equal(datetime('2024-01-02T03:04:05+01'), Date.UTC(2024, 0, 2, 2, 4, 5));
  });

  it('keeps sub-millisecond fractions as a fraction of a millisecond', () => {
    assert.equal(datetime('1970-01-01T00:00:00.000250Z'), 0.25);
    assert.equal(datetime('1970-01-01T00:00:01.5Z'), 1500);
  });

  it('rejects impossible or non-ISO dates', () => {
    for (const text of [
      '2023-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-04-31',
      '2024-01-02T24:00:00',
      '2024-01-02T10:60',
      '2024-1-2',
      '01/02/2024',
      '2024-01-02T',
      '2024-01-02T03:04:05.Z',
      '2024-01-02T03:04:05+25:00',
      '2024-01-02x',
      '20240102',
      '',
    ]) {
      assert.ok(Number.isNaN(datetime(text)), text);
    }
  });
});

describe('parseAs', () => {
  it('reads integers as any number whose value is a safe integer', () => {
    const integer = (text: string) => parseAs('integer', bytes(text), 0, text.length);
    assert.equal(integer('3'), 3);
    assert.equal(integer('3.0'), 3);
    assert.equal(integer('1e3'), 1000);
    assert.ok(Number.isNaN(integer('3.5')));
    assert.ok(Number.isNaN(integer('1152921504606846976')));
  });
});
