import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import {
  COLUMN_TYPES,
  commonInputs,
  type Gate,
  input,
  type ReadOptions,
  readTable,
  readTables,
} from '@modelgate/core';
import { inferSchema, parseSchema, type Schema, serializeSchema, validateTable } from '@modelgate/validation';

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
  // that findings name files as the repository does.
  async run(options, { log }) {
    const read: ReadOptions = {
      columnTypes: options['column-types'],
      columns: options.columns,
      excludeColumns: options['exclude-columns'],
    };
    const select = { columns: options.columns, excludeColumns: options['exclude-columns'] };
    log(`reading ${options.data.join(', ')}`);
    const [table, reference] = options.reference
      ? await readTables([options.data, options.reference], read)
      : [await readTable(options.data, read), undefined];

    let schema: Schema;
    if (options.schema) {
      schema = parseSchema(await readFile(options.schema, 'utf8'), options.schema);
    } else {
      // Without a schema, infer one as TFDV does: from the trusted reference, else from the data itself
      // (which then checks only what holds for any data: readable rows, duplicates, constant columns).
      log(`inferring a schema from ${reference ? options.reference?.join(', ') : 'the data itself'}`);
      schema = inferSchema(reference ?? table);
    }
    const outputs: Record<string, string> = {};
    const schemaOut = options['infer-schema-output'];
    if (schemaOut) {
      const path = resolve(schemaOut);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, serializeSchema(schema));
      outputs['inferred-schema'] = path;
      log(`wrote the schema to ${path}`);
    }

    const result = validateTable(table, schema, { ...select, reference });
    return { result, outputs };
  },
};
