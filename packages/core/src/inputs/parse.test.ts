import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseActionYml } from './action-yml.ts';
import { argvInputs, envInputs, InputError, parseInputs } from './parse.ts';
import { boolean, choice, integer, list, mapping, number, present, secret, text } from './spec.ts';

const definition = parseActionYml(
  `
name: demo
description: a demo gate
inputs:
  data: { description: files, required: true }
  fail-on: { description: level, default: error }
  max-annotations: { description: cap, default: '50' }
  columns: { description: cols }
  threshold: { description: t }
  strict: { description: s, default: 'false' }
  method-per-column: { description: m }
  token: { description: t, default: '\${{ github.token }}' }
`,
  'action.yml',
);

const specs = {
  data: present(list()),
  'fail-on': present(choice(['error', 'warning', 'never'] as const)),
  'max-annotations': present(integer({ min: 0 })),
  columns: list(),
  threshold: number({ min: 0, max: 1 }),
  strict: present(boolean()),
  'method-per-column': mapping(choice(['ks', 'psi'] as const)),
  token: secret(text()),
};

describe('parseInputs', () => {
  it('reads INPUT_ variables named as the runner names them and applies action.yml defaults', () => {
    const options = parseInputs(
      specs,
      envInputs({ INPUT_DATA: 'a.csv, b.csv\nc.csv', 'INPUT_METHOD-PER-COLUMN': 'age=ks\nincome=psi' }),
      definition,
    );
    assert.deepEqual(options.data, ['a.csv', 'b.csv', 'c.csv']);
    assert.equal(options['fail-on'], 'error');
    assert.equal(options['max-annotations'], 50);
    assert.equal(options.strict, false);
    assert.equal(options.columns, undefined);
    assert.deepEqual(Object.entries(options['method-per-column'] ?? {}), [
      ['age', 'ks'],
      ['income', 'psi'],
    ]);
    // A runner-evaluated default means "not given" outside the runner.
    assert.equal(options.token, undefined);
  });

  it('keeps mapping keys that are also the names of object members (column names are anything)', () => {
    const env = envInputs({
      INPUT_DATA: 'x.csv',
      'INPUT_METHOD-PER-COLUMN': '__proto__=ks\nconstructor=psi',
    });
    const perColumn = parseInputs(specs, env, definition)['method-per-column'] ?? {};
    assert.deepEqual(Object.entries(perColumn), [
      ['__proto__', 'ks'],
      ['constructor', 'psi'],
    ]);
    assert.equal(perColumn.toString, undefined);
  });

  it('names the input, the value and what is accepted when a value is wrong', () => {
    const error = (env: Record<string, string>) => {
      try {
        parseInputs(specs, envInputs({ INPUT_DATA: 'x.csv', ...env }), definition);
      } catch (e) {
        assert.ok(e instanceof InputError);
        return e.message;
      }
      assert.fail('expected an InputError');
    };
    assert.equal(
      error({ 'INPUT_FAIL-ON': 'maybe' }),
      'input "fail-on" is "maybe": expected one of error, warning, never',
    );
    assert.equal(
      error({ 'INPUT_MAX-ANNOTATIONS': '2.5' }),
      'input "max-annotations" is "2.5": expected a whole number >= 0',
    );
    assert.equal(
      error({ INPUT_THRESHOLD: '1.5' }),
      'input "threshold" is "1.5": expected a number from 0 to 1',
    );
    assert.equal(error({ INPUT_STRICT: 'yes' }), 'input "strict" is "yes": expected true or false');
    assert.match(error({ 'INPUT_METHOD-PER-COLUMN': 'age=t-test' }), /method-per-column.*got "age=t-test"/);
  });

  it('hides a secret value in its error', () => {
    const s = { data: present(list()), token: { ...integer(), secret: true } };
    assert.throws(
      () => parseInputs(s, envInputs({ INPUT_DATA: 'x', INPUT_TOKEN: 'ghp_secret' }), definition),
      (e: Error) => e.message.includes('***') && !e.message.includes('ghp_secret'),
    );
  });

  it('fails on a missing required input before any work', () => {
    assert.throws(() => parseInputs(specs, envInputs({}), definition), /input "data" is required/);
  });

  it('reads CLI flags with the same names, defaults and errors', () => {
    const raw = argvInputs(['--data', 'a.csv', '--data=b.csv', '--fail-on', 'never', '--strict'], definition);
    const options = parseInputs(specs, raw, definition);
    assert.deepEqual(options.data, ['a.csv', 'b.csv']);
    assert.equal(options['fail-on'], 'never');
    assert.equal(options.strict, true);
    assert.throws(
      () => parseInputs(specs, argvInputs(['--data', 'a', '--fail-on', 'x'], definition), definition),
      /--fail-on is "x": expected one of/,
    );
    assert.throws(() => argvInputs(['--dat', 'a'], definition), /unknown option --dat; demo accepts: --data/);
    assert.throws(() => argvInputs(['a.csv'], definition), /unexpected argument "a.csv"/);
  });

  it('takes a value that starts with dashes, and never quotes more than the first line of a stray word', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49\n-----END PRIVATE KEY-----';
    assert.equal(argvInputs(['--data', pem], definition).get('data'), pem);
    assert.equal(argvInputs(['--data', '-5'], definition).get('data'), '-5');
    assert.equal(argvInputs(['--strict', '--data', 'a'], definition).get('strict'), 'true');
    assert.throws(
      () => argvInputs(['--data', 'a', pem], definition),
      (e: Error) =>
        e.message ===
        'unexpected argument "-----BEGIN PRIVATE KEY-----...": inputs are given as --name value',
    );
  });

  it('refuses a spec that action.yml does not declare', () => {
    assert.throws(
      () => parseInputs({ nope: text() }, envInputs({}), definition),
      /does not declare input "nope"/,
    );
  });
});
