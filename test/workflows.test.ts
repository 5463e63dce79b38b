// Every `with:` key a workflow passes to one of our actions must be an input of that action, and every
// required input must be given: actionlint cannot know our action.yml files.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadActionYml } from '@modelgate/core';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..');
const workflowDir = join(root, '.github', 'workflows');

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

function ourSteps(): { file: string; step: Step; action: string }[] {
  const found: { file: string; step: Step; action: string }[] = [];
  for (const file of readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f))) {
    const doc = parse(readFileSync(join(workflowDir, file), 'utf8')) as {
      jobs: Record<string, { steps?: Step[] }>;
    };
    for (const job of Object.values(doc.jobs)) {
      for (const step of job.steps ?? []) {
        const match = step.uses?.match(/^\.\/actions\/([\w-]+)$/);
        if (match) found.push({ file, step, action: match[1] });
      }
    }
  }
  return found;
}

describe('workflows that use our actions', () => {
  const steps = ourSteps();

  it('exist (the example workflow runs each action)', () => {
    const used = new Set(steps.map((s) => s.action));
    const actions = readdirSync(join(root, 'actions')).sort();
    assert.deepEqual([...used].sort(), actions);
  });

  for (const { file, step, action } of steps) {
    it(`${file}: ${action} gets only inputs its action.yml declares, and every required one`, () => {
      const definition = loadActionYml(join(root, 'actions', action, 'action.yml'));
      const given = Object.keys(step.with ?? {});
      for (const key of given)
        assert.ok(key in definition.inputs, `${file}: ${action} has no input "${key}"`);
      for (const [name, input] of Object.entries(definition.inputs)) {
        if (input.required) assert.ok(given.includes(name), `${file}: ${action} needs input "${name}"`);
      }
    });
  }
});

describe('third-party actions', () => {
  it('are pinned by full commit SHA in every workflow, so a moved tag cannot change what runs', () => {
    const unpinned: string[] = [];
    for (const file of readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f))) {
      const doc = parse(readFileSync(join(workflowDir, file), 'utf8')) as {
        jobs: Record<string, { steps?: Step[] }>;
      };
      for (const job of Object.values(doc.jobs)) {
        for (const step of job.steps ?? []) {
          const uses = step.uses;
          if (!uses || uses.startsWith('./')) continue;
          if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(uses)) unpinned.push(`${file}: ${uses}`);
        }
      }
    }
    assert.deepEqual(unpinned, []);
  });
});
