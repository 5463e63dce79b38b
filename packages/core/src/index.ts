export * from './action/index.ts';
export * from './by-name.ts';
export * from './cli/index.ts';
export * from './data/index.ts';
export * from './errors.ts';
export * from './github/index.ts';
export * from './inputs/index.ts';
export * from './report/index.ts';
