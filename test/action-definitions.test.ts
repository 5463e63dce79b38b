// Each gate's input specs and its action.yml must say the same thing: the action.yml is the source of
// names and defaults for the runner, the CLI and the docs; the spec is how the code reads them.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type Gate, type InputSpecs, loadActionYml } from '@modelgate/core';
import { gate as checkDrift } from '../actions/check-drift/src/gate.ts';
import { gate as validateData } from '../actions/validate-data/src/gate.ts';

const root = join(import.meta.dirname, '..');
const gates: Gate[] = [validateData, checkDrift];
const commonOutputs = ['passed', 'verdict', 'errors', 'warnings', 'report-path', 'report-status'];

describe('action definitions', () => {
  for (const gate of gates) {
    const definition = loadActionYml(join(root, 'actions', gate.name, 'action.yml'));

    it(`${gate.name}: every input in action.yml has a spec and every spec is in action.yml`, () => {
      assert.deepEqual(Object.keys(gate.inputs).sort(), Object.keys(definition.inputs).sort());
    });

    it(`${gate.name}: inputs read as always present are required or defaulted in action.yml`, () => {
      for (const [name, spec] of Object.entries(gate.inputs as InputSpecs)) {
        const declared = definition.inputs[name];
        if (spec.present)
          assert.ok(declared.required || declared.default !== undefined, `${name} has no default`);
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the runner's expression, verbatim.
        else assert.equal(declared.default, name === 'token' ? '${{ github.token }}' : undefined, name);
      }
    });

    it(`${gate.name}: action.yml defaults are values its spec accepts`, () => {
      for (const [name, spec] of Object.entries(gate.inputs as InputSpecs)) {
        const value = definition.inputs[name].default;
        if (value !== undefined && !value.includes('${{')) assert.doesNotThrow(() => spec.parse(value), name);
      }
    });

    it(`${gate.name}: declares the outputs every gate sets`, () => {
      for (const output of commonOutputs) assert.ok(output in definition.outputs, output);
    });
  }
});
