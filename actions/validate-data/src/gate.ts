import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  type CheckResult,
  commonInputs,
  type Gate,
  InputError,
  input,
  readTableChunksInWorker,
  releasingChunks,
  type TableChunk,
  writablePath,
} from '@modelgate/core';
import { isProfileInput, readProfiles } from '@modelgate/profile';
import {
  expectationFreeSchema,
  inferSchemaChunks,
  inferSchemaFromProfile,
  markExpectationFree,
  parseSchema,
  type Schema,
  serializeSchema,
  validateChunks,
  validateProfile,
} from '@modelgate/validation';
import { estimateRows } from './estimate-rows.ts';
import { chunkOptions, MAX_INVALID_EXAMPLES, readingInputs, startFirstReading } from './reading.ts';

export const inputs = {
  ...readingInputs,
  'infer-schema-output': input.text(),
  ...commonInputs,
};

/** validate-data: the dataset against its schema, or against one inferred from a trusted reference. */
export const gate: Gate<typeof inputs> = {
  name: 'validate-data',
  inputs,
  // Paths stay as the user gave them, relative to the working directory (the workspace in Actions), so
  // that findings name files as the repository does. The data and the reference are streamed in chunks:
  // memory grows with the columns, not the rows (see actions/validate-data/docs.md).
  async run(options, context) {
    const { log } = context;
    const select = { columns: options.columns, excludeColumns: options['exclude-columns'] };
    const data = options.data;
    // Either side may be profiles (profile-data's files) instead of rows; see docs.md.
    const dataIsProfile = isProfileInput('data', data);
    const referenceInputs = options.reference;
    const referenceIsProfile = referenceInputs ? isProfileInput('reference', referenceInputs) : false;
    // A given schema is read first: its types are the reader's (chunkOptions).
    const given = options.schema
      ? parseSchema(await readFile(options.schema, 'utf8'), options.schema)
      : undefined;
    const chunks = chunkOptions(options, given);
    // Started already by the entry (readAhead) unless the inputs differ; either way, the rows are being
    // read while a schema is inferred or the rules are set up.
    startFirstReading(options, given);
    const open = (inputs: string[]) => () => releasingChunks(readTableChunksInWorker(inputs, chunks));
    const openData = open(data);
    const openReference = referenceInputs && !referenceIsProfile ? open(referenceInputs) : undefined;

    let schema: Schema;
    // What infer-schema-output writes: the schema inferred (from the data itself, a start to review).
    let written: Schema | undefined;
    const expectationFree = !options.schema && !referenceInputs;
    if (given) {
      schema = given;
    } else if (referenceInputs) {
      // Without a schema, infer one as TFDV does, from the trusted reference.
      log(`inferring a schema from ${referenceInputs.join(', ')}`);
      if (referenceIsProfile) {
        const { profile, name } = await readProfiles(referenceInputs);
        schema = inferSchemaFromProfile(profile, name);
      } else {
        schema = await inferSchemaChunks((openReference as () => AsyncIterable<TableChunk>)());
      }
      written = schema;
    } else if (dataIsProfile) {
      throw new InputError(
        'schema',
        'the data is a profile: give a schema, or a reference to infer one from (a schema is not inferred from the data it checks)',
      );
    } else {
      // Inferred from the data it checks, a schema would pass by construction: keep only the columns' types.
      log('no schema or reference: running only the checks that need no expectation');
      written = await inferSchemaChunks(openData());
      schema = expectationFreeSchema(written);
    }
    const outputs: Record<string, string> = {};
    const schemaOut = options['infer-schema-output'];
    if (schemaOut && written) {
      const path = writablePath('infer-schema-output', schemaOut, context);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, serializeSchema(written));
      outputs['inferred-schema'] = path;
      log(`wrote the schema to ${path}`);
    }

    let result: CheckResult;
    if (dataIsProfile) {
      const { profile, name } = await readProfiles(data);
      log(`validating the profile ${name}`);
      result = validateProfile(profile, schema, { name, ...select });
    } else {
      log(`validating ${data.join(', ')}`);
      result = await validateChunks(openData, schema, {
        ...select,
        reference: openReference,
        maxInvalidExamples: MAX_INVALID_EXAMPLES,
        expectedRows: estimateRows(data),
      });
    }
    // The quality comparison counts duplicate rows and recounts missing cells on both sides' rows.
    if (referenceInputs && (dataIsProfile || referenceIsProfile)) {
      result.findings.push({
        check: 'no-quality-comparison',
        severity: 'notice',
        message: `The ${dataIsProfile ? 'data' : 'reference'} is a profile: the quality comparison with the reference (missing shares, duplicate rows, constant columns) needs the rows of both, so it was not run`,
      });
    }
    return { result: expectationFree ? markExpectationFree(result) : result, outputs };
  },
};
