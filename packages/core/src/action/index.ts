export * from './errors.ts';
export * from './execute.ts';
export * from './gate.ts';
export * from './log.ts';
export * from './mask.ts';
export * from './run-action.ts';
export { setSecret } from './workflow-commands.ts';
