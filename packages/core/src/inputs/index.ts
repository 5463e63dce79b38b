export * from './action-yml.ts';
export * from './parse.ts';
export * as input from './spec.ts';
export { ExpectedError, type InputSpec, splitList } from './spec.ts';
