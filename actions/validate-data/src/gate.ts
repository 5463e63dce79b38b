import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  COLUMN_TYPES,
  commonInputs,
  type Gate,
  input,
  type ReadOptions,
  readTableChunksInWorker,
  releasingChunks,
  STREAMING_CHUNK_BYTES,
  writablePath,
} from '@modelgate/core';
import {
  expectationFreeSchema,
  inferSchemaChunks,
  markExpectationFree,
  parseSchema,
  type Schema,
  serializeSchema,
  validateChunks,
} from '@modelgate/validation';
import { estimateRows } from './estimate-rows.ts';

export const inputs = {
  data: input.present(input.list()),
  schema: input.text(),
  reference: input.list(),
  'infer-schema-output': input.text(),
  columns: input.list(),
  'exclude-columns': input.list(),
  'column-types': input.mapping(input.choice(COLUMN_TYPES)),
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
    // The invalid-cell examples a reader keeps are the ones validation reports: one number for both.
    const maxInvalidExamples = 20;
    const read: ReadOptions = {
      maxInvalidExamples,
      columnTypes: options['column-types'],
      columns: options.columns,
      excludeColumns: options['exclude-columns'],
    };
    const select = { columns: options.columns, excludeColumns: options['exclude-columns'] };
    const data = options.data;
    // Parsed on a worker thread while this one validates the chunks before: two cores at work.
    const chunks = { ...read, chunkBytes: STREAMING_CHUNK_BYTES };
    const open = (inputs: string[]) => () => releasingChunks(readTableChunksInWorker(inputs, chunks));
    const openData = open(data);
    const referenceInputs = options.reference;
    const openReference = referenceInputs ? open(referenceInputs) : undefined;

    let schema: Schema;
    // What infer-schema-output writes: the schema inferred (from the data itself, a start to review).
    let written: Schema | undefined;
    const expectationFree = !options.schema && !openReference;
    if (options.schema) {
      schema = parseSchema(await readFile(options.schema, 'utf8'), options.schema);
    } else if (openReference) {
      // Without a schema, infer one as TFDV does, from the trusted reference.
      log(`inferring a schema from ${referenceInputs?.join(', ')}`);
      schema = await inferSchemaChunks(openReference());
      written = schema;
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

    log(`validating ${data.join(', ')}`);
    const result = await validateChunks(openData, schema, {
      ...select,
      reference: openReference,
      maxInvalidExamples,
      expectedRows: estimateRows(data),
    });
    return { result: expectationFree ? markExpectationFree(result) : result, outputs };
  },
};
