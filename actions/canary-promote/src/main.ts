import { runAction } from '@modelgate/core';
import { gate } from './gate.ts';

/** The action's entry: reads INPUT_*, runs the gate, publishes the reports, sets outputs. */
export async function run(actionDir?: string): Promise<void> {
  await runAction(gate, actionDir);
}
