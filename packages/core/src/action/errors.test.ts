import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { DataError } from '../data/errors.ts';
import { InputError } from '../inputs/parse.ts';
import { describeError } from './errors.ts';

describe('describeError', () => {
  it('shows errors about user input as they are', () => {
    assert.deepEqual(describeError(new InputError('fail-on', 'input "fail-on" is "x"')), {
      message: 'input "fail-on" is "x"',
      internal: false,
    });
    assert.equal(describeError(new DataError('a.csv', 'the file is empty', 1)).internal, false);
    const schema = Object.assign(new Error('s.yml:3:14: columns.a.type must be one of ...'), {
      name: 'SchemaError',
    });
    assert.equal(describeError(schema).message, 's.yml:3:14: columns.a.type must be one of ...');
  });

  it('names the file of a file-system error', async () => {
    const error = await readFile('no/such/schema.yml').catch((e: unknown) => e);
    assert.deepEqual(describeError(error), {
      message: 'no/such/schema.yml: no such file or folder',
      internal: false,
    });
  });

  it('marks anything else internal and keeps its stack for the debug log', () => {
    const described = describeError(new TypeError('x is undefined'));
    assert.equal(described.message, 'internal error: x is undefined');
    assert.equal(described.internal, true);
    assert.match(described.stack ?? '', /TypeError/);
  });
});
