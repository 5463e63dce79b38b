/**
 * GitHub's REST contract for the operations modelgate calls, from the OpenAPI subset that
 * scripts/extract-openapi.ts cuts out of @octokit/openapi. It matches a request to its operation and lists
 * every way the request breaks the description: unknown route, path or query parameter of the wrong type,
 * a body that is not JSON, a missing required field, a wrong type or enum value, a wrong content type.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';

type Schema = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface OperationObject {
  operationId: string;
  parameters: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Schema }> };
  responses: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
  externalDocs?: { url: string };
}

export interface Operation {
  operationId: string;
  method: string;
  /** The path template, e.g. /repos/{owner}/{repo}/check-runs. */
  template: string;
  /** The 2xx status GitHub answers with. */
  successStatus: number;
  docsUrl?: string;
}

export interface MatchedRequest {
  operation: Operation;
  pathParams: Record<string, string>;
}

export interface RequestToCheck {
  method: string;
  pathParams: Record<string, string>;
  query: Record<string, string>;
  contentType?: string;
  /** The raw body; undefined when the request had none. */
  body?: string;
}

export interface CheckedRequest {
  /** What GitHub would reject the request for (answer 4xx). */
  rejected: string[];
  /** What GitHub silently ignores but a careful client never sends: unknown body fields and query parameters. */
  ignored: string[];
  /** The body parsed as JSON, when it was JSON. */
  json?: unknown;
  /** The status GitHub would answer a rejected request with. */
  status?: 400 | 415 | 422;
}

interface CompiledOperation extends Operation {
  pattern: RegExp;
  names: string[];
  literalSegments: number;
  path: Validators;
  query: Validators;
  body?: Validators & { required: boolean; mediaType: string };
  /** The JSON schema of each success answer, by status. */
  responses: Map<number, ValidateFunction>;
}

interface Validators {
  spec: ValidateFunction;
  strict: ValidateFunction;
}

export const SUBSET_PATH = new URL('./openapi-subset.json', import.meta.url);

export class Contract {
  readonly operations: readonly Operation[];
  readonly #compiled: CompiledOperation[];

  constructor(subset: { paths: Record<string, Record<string, OperationObject>> }) {
    const ajv = newAjv(false);
    const coercing = newAjv(true);
    this.#compiled = [];
    for (const [template, item] of Object.entries(subset.paths)) {
      for (const [method, op] of Object.entries(item)) {
        this.#compiled.push(compileOperation(template, method.toUpperCase(), op, ajv, coercing));
      }
    }
    // A template with more literal segments wins: /check-runs/{id}/annotations before /check-runs/{id}/{x}.
    this.#compiled.sort((a, b) => b.literalSegments - a.literalSegments);
    this.operations = this.#compiled.map(({ operationId, method, template, successStatus, docsUrl }) => ({
      operationId,
      method,
      template,
      successStatus,
      docsUrl,
    }));
  }

  static load(path: URL | string = SUBSET_PATH): Contract {
    return new Contract(JSON.parse(readFileSync(path, 'utf8')));
  }

  /** The operation a method and path (without the API's base path) call, or undefined. */
  match(method: string, pathname: string): MatchedRequest | undefined {
    for (const op of this.#compiled) {
      if (op.method !== method) continue;
      const found = op.pattern.exec(pathname);
      if (!found) continue;
      const pathParams: Record<string, string> = {};
      op.names.forEach((name, i) => {
        pathParams[name] = decodeURIComponent(found[i + 1]);
      });
      return { operation: this.operations[this.#compiled.indexOf(op)], pathParams };
    }
    return undefined;
  }

  check(operationId: string, request: RequestToCheck): CheckedRequest {
    const op = this.#compiled.find((candidate) => candidate.operationId === operationId);
    if (!op) throw new Error(`No operation ${operationId} in the contract`);
    const result: CheckedRequest = { rejected: [], ignored: [] };
    // Validation coerces a copy: '7' becomes 7 where the schema says integer.
    validate(op.path, { ...request.pathParams }, 'path', result);
    validate(op.query, { ...request.query }, 'query', result);
    if (result.rejected.length > 0) result.status = 422;
    if (!op.body) {
      if (request.body !== undefined && request.body !== '' && request.method !== 'GET') {
        result.ignored.push(`${op.operationId} takes no request body, but one was sent`);
      }
      return result;
    }
    if (request.body === undefined || request.body === '') {
      if (op.body.required) {
        result.rejected.push(`${op.operationId} requires a ${op.body.mediaType} body`);
        result.status = 422;
      }
      return result;
    }
    const mediaType = request.contentType?.split(';')[0].trim().toLowerCase();
    if (mediaType !== op.body.mediaType) {
      result.rejected.push(
        `content-type is ${request.contentType ?? 'missing'}, expected ${op.body.mediaType}`,
      );
      result.status = 415;
      return result;
    }
    try {
      result.json = JSON.parse(request.body);
    } catch {
      result.rejected.push('the body is not valid JSON');
      result.status = 400;
      return result;
    }
    validate(op.body, structuredClone(result.json), 'body', result);
    if (result.rejected.length > 0) result.status ??= 422;
    return result;
  }

  /**
   * What is wrong with an answer the fake is about to send, against the success answer GitHub describes
   * for that status (a missing required field, a wrong type, a value outside an enum). Error answers and
   * statuses the description gives no JSON schema for are not checked.
   */
  checkResponse(operationId: string, status: number, body: unknown): string[] {
    const op = this.#compiled.find((candidate) => candidate.operationId === operationId);
    if (!op) throw new Error(`No operation ${operationId} in the contract`);
    const validator = op.responses.get(status);
    if (status < 200 || status > 299) return [];
    if (!validator) {
      return body === undefined
        ? []
        : [`${operationId} answers ${status} with no JSON body, yet one was sent`];
    }
    return validator(body) ? [] : describe(validator, `response ${status}`);
  }
}

function compileOperation(
  template: string,
  method: string,
  op: OperationObject,
  ajv: Ajv,
  coercing: Ajv,
): CompiledOperation {
  const names: string[] = [];
  const source = template
    .split('/')
    .map((segment) =>
      segment.replace(/\{([^}]+)\}|[^{]+/g, (part, name: string | undefined) => {
        if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
        names.push(name);
        return '([^/]+)';
      }),
    )
    .join('/');
  const success = Object.keys(op.responses).find((status) => status.startsWith('2'));
  const compiled: CompiledOperation = {
    operationId: op.operationId,
    method,
    template,
    successStatus: Number(success ?? 200),
    docsUrl: op.externalDocs?.url,
    pattern: new RegExp(`^${source}$`),
    names,
    literalSegments: template.split('/').filter((segment) => segment !== '' && !segment.includes('{')).length,
    path: parameterValidators(op.parameters, 'path', coercing),
    query: parameterValidators(op.parameters, 'query', coercing),
    responses: new Map(
      Object.entries(op.responses).flatMap(([status, response]) => {
        const schema = response.content?.['application/json']?.schema;
        return schema ? [[Number(status), ajv.compile(toJsonSchema(schema, false))] as const] : [];
      }),
    ),
  };
  const content = op.requestBody?.content ?? {};
  const mediaType = Object.keys(content)[0];
  if (mediaType) {
    const schema = content[mediaType].schema ?? {};
    compiled.body = {
      required: op.requestBody?.required === true,
      mediaType,
      spec: ajv.compile(toJsonSchema(schema, false)),
      strict: ajv.compile(toJsonSchema(schema, true)),
    };
  }
  return compiled;
}

function parameterValidators(parameters: Parameter[], place: 'path' | 'query', ajv: Ajv): Validators {
  const own = parameters.filter((parameter) => parameter.in === place);
  const properties = Object.fromEntries(
    own.map((parameter) => [parameter.name, toJsonSchema(parameter.schema ?? {}, false)]),
  );
  const required = own.filter((parameter) => parameter.required || place === 'path').map((p) => p.name);
  const schema = { type: 'object', properties, required };
  return {
    spec: ajv.compile(schema),
    strict: ajv.compile({ ...schema, additionalProperties: false }),
  };
}

function validate(validators: Validators, data: unknown, place: string, result: CheckedRequest): void {
  if (!validators.spec(data)) {
    result.rejected.push(...describe(validators.spec, place));
  } else if (!validators.strict(data)) {
    result.ignored.push(...describe(validators.strict, place));
  }
}

function describe(validator: ValidateFunction, place: string): string[] {
  return (validator.errors ?? []).map((error) => {
    const at = `${place}${error.instancePath.replaceAll('/', '.')}`;
    if (error.keyword === 'additionalProperties') {
      return `${at}: unknown property "${(error.params as { additionalProperty: string }).additionalProperty}"`;
    }
    if (error.keyword === 'enum') {
      return `${at}: ${error.message} (${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')})`;
    }
    return `${at}: ${error.message}`;
  });
}

function newAjv(coerceTypes: boolean): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes, logger: false });
  ajv.addFormat('date-time', (value: string) => DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)));
  ajv.addFormat(
    'date',
    (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)),
  );
  // GitHub documents "" as the default of the URLs a client leaves unset (a deployment status's target_url,
  // log_url and environment_url) and sends it back so, though its description marks them format uri.
  ajv.addFormat('uri', (value: string) => value === '' || URL.canParse(value));
  ajv.addFormat('email', /^[^@\s]+@[^@\s]+$/);
  ajv.addFormat('uri-template', true);
  ajv.addFormat('int32', {
    type: 'number',
    validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31,
  });
  ajv.addFormat('int64', { type: 'number', validate: Number.isSafeInteger });
  return ajv;
}

// GitHub's timestamps: ISO 8601 with a time zone, e.g. 2024-05-04T01:14:52Z.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

const ANNOTATION_KEYWORDS = new Set([
  'description',
  'example',
  'examples',
  'externalDocs',
  'xml',
  'deprecated',
]);
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'];

/**
 * OpenAPI 3.0 schema -> JSON Schema. `nullable: true` becomes a 'null' type (or an anyOf with one when the
 * schema names no type), boolean exclusiveMinimum/Maximum become numbers, documentation keywords go. With
 * `closed`, an object that lists its properties accepts no others.
 */
export function toJsonSchema(schema: Schema, closed: boolean): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATION_KEYWORDS.has(key) || key.startsWith('x-') || key === 'nullable') continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, Schema>).map(([name, sub]) => [
          name,
          toJsonSchema(sub, closed),
        ]),
      );
    } else if (
      key === 'items' ||
      key === 'not' ||
      (key === 'additionalProperties' && typeof value === 'object')
    ) {
      out[key] = toJsonSchema(value as Schema, closed);
    } else if (SUBSCHEMA_LISTS.includes(key)) {
      out[key] = (value as Schema[]).map((sub) => toJsonSchema(sub, closed));
    } else if ((key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && typeof value === 'boolean') {
      const bound = key === 'exclusiveMinimum' ? 'minimum' : 'maximum';
      if (value && typeof schema[bound] === 'number') out[key] = schema[bound];
    } else {
      out[key] = value;
    }
  }
  if (typeof schema.exclusiveMinimum === 'boolean' && schema.exclusiveMinimum) delete out.minimum;
  if (typeof schema.exclusiveMaximum === 'boolean' && schema.exclusiveMaximum) delete out.maximum;
  if (closed && out.properties && out.additionalProperties === undefined && out.type === 'object') {
    out.additionalProperties = false;
  }
  if (schema.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}
