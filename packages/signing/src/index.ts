export * from './bundle.ts';
export * from './dsse.ts';
export * from './hash.ts';
export * from './keys.ts';
export * from './model-files.ts';
export * from './sign.ts';
export * from './statement.ts';
export * from './verify.ts';
