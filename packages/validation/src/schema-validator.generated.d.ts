// The type of schema-validator.generated.js (see schema-validator-source.ts).
import type { ValidateFunction } from 'ajv';

export declare const validate: ValidateFunction;
