import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maskSecret } from './mask.ts';

test('a multi-line PEM is masked whole and line by line, blank lines skipped', () => {
  const masked: string[] = [];
  const pem = '-----BEGIN PRIVATE KEY-----\r\nMIGHAgEAMBMG\n  ByqGSM49AgEG  \n\n-----END PRIVATE KEY-----\n';
  maskSecret(pem, (line) => masked.push(line));
  assert.deepEqual(masked, [
    pem,
    '-----BEGIN PRIVATE KEY-----',
    'MIGHAgEAMBMG',
    'ByqGSM49AgEG',
    '-----END PRIVATE KEY-----',
  ]);
});

test('a one-line secret is masked once; an empty one not at all', () => {
  const masked: string[] = [];
  maskSecret('s3cret', (line) => masked.push(line));
  maskSecret('', (line) => masked.push(line));
  assert.deepEqual(masked, ['s3cret']);
});
