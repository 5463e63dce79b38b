import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { DataError } from '../data/errors.ts';
import { describeFileSystemError, UserError } from '../errors.ts';
import { InputError } from '../inputs/parse.ts';
import { ExpectedError } from '../inputs/spec.ts';
import { describeError } from './errors.ts';

describe('describeError', () => {
  it('shows errors about user input as they are', () => {
    assert.deepEqual(describeError(new InputError('fail-on', 'input "fail-on" is "x"')), {
      message: 'input "fail-on" is "x"',
      internal: false,
    });
    assert.equal(describeError(new DataError('a.csv', 'the file is empty', 1)).internal, false);
    assert.equal(describeError(new ExpectedError('one of: a, b')).internal, false);
  });

  it('knows a user error by its class, not its name', () => {
    class PolicyError extends UserError {}
    assert.deepEqual(describeError(new PolicyError('policy.yml:2: threshold must be in [0, 1]')), {
      message: 'policy.yml:2: threshold must be in [0, 1]',
      internal: false,
    });
    // A plain Error that merely calls itself a user error is still a bug.
    const impostor = Object.assign(new Error('looks like one'), { name: 'SchemaError' });
    assert.equal(describeError(impostor).internal, true);
  });

  it('keeps the cause of a user error', () => {
    const cause = new Error('disk');
    const error = new DataError('a.csv', 'cannot read', undefined, undefined, { cause });
    assert.equal(error.cause, cause);
    assert.equal(new InputError('x', 'm', { cause }).cause, cause);
    assert.equal(new UserError('m', { cause }).cause, cause);
  });

  it('names the file of a file-system error', async () => {
    const error = await readFile('no/such/schema.yml').catch((e: unknown) => e);
    assert.deepEqual(describeError(error), {
      message: 'no/such/schema.yml: no such file or folder',
      internal: false,
    });
  });

  it('says what failed for the file-system errors a report folder meets', () => {
    const errno = (code: string, path?: string) => Object.assign(new Error(code), { code, path });
    assert.equal(
      describeFileSystemError(errno('ENOSPC', '/r/report.html')),
      '/r/report.html: no space left on the device',
    );
    assert.equal(describeFileSystemError(errno('EROFS'), '/r'), '/r: the file system is read-only');
    assert.equal(describeFileSystemError(errno('EACCES', '/r')), '/r: permission denied');
    assert.equal(
      describeFileSystemError(errno('EEXIST', '/r')),
      '/r: a file is in the way where a folder is needed',
    );
    assert.equal(describeFileSystemError(errno('EWHATEVER', '/r')), undefined);
    assert.equal(describeFileSystemError(new Error('plain')), undefined);
  });

  it('marks anything else internal and keeps its stack for the debug log', () => {
    const described = describeError(new TypeError('x is undefined'));
    assert.equal(described.message, 'internal error: x is undefined');
    assert.equal(described.internal, true);
    assert.match(described.stack ?? '', /TypeError/);
  });
});
