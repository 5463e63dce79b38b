/**
 * Extracts the REST operations modelgate calls from GitHub's published OpenAPI description (npm package
 * @octokit/openapi) into test/harness/openapi-subset.json, the contract the fake GitHub server enforces.
 * The full description is 13 MB; the subset keeps each operation's parameters and request body with every
 * $ref resolved in place, and only the status codes of its responses.
 *
 *   node scripts/extract-openapi.ts          rewrite the subset
 *   node scripts/extract-openapi.ts --check  fail if the committed subset differs from a fresh extract
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every operation the project calls; add one here before calling it, then rerun this script. */
export const OPERATIONS = [
  // sticky PR comment
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  // check run with annotations
  'checks/create',
  'checks/update',
  'checks/get',
  'checks/list-annotations',
  // the token's identity, which the sticky comment is matched by
  'users/get-authenticated',
  // repository and pull request facts
  'repos/get',
  'pulls/get',
  // canary-promote: deployments and their statuses; repository_dispatch to trigger the next stage
  'repos/create-deployment',
  'repos/list-deployments',
  'repos/create-deployment-status',
  'repos/list-deployment-statuses',
  'repos/create-dispatch-event',
  // sign-model: a keyless signature stored as an artifact attestation
  'repos/create-attestation',
] as const;

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'test/harness/openapi-subset.json');

export function extractSubset(spec: JsonObject, operationIds: readonly string[], source: string): JsonObject {
  const wanted = new Set(operationIds);
  const paths: JsonObject = {};
  for (const [template, item] of Object.entries(spec.paths as JsonObject)) {
    for (const method of METHODS) {
      const operation = (item as JsonObject)[method] as JsonObject | undefined;
      if (!operation || !wanted.has(operation.operationId as string)) continue;
      wanted.delete(operation.operationId as string);
      paths[template] = { ...(paths[template] as JsonObject | undefined), [method]: slim(spec, operation) };
    }
  }
  if (wanted.size > 0) throw new Error(`Not in the OpenAPI description: ${[...wanted].join(', ')}`);
  const sorted = Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b)));
  const info = spec.info as JsonObject;
  return {
    openapi: spec.openapi,
    info: { title: info.title, version: info.version, 'x-source': source },
    paths: sorted,
  };
}

function slim(spec: JsonObject, operation: JsonObject): JsonObject {
  // A success answer keeps its JSON schema, so the fake's answers are held to what GitHub sends.
  const responses = Object.fromEntries(
    Object.entries(resolve(spec, operation.responses) as JsonObject).map(([status, response]) => {
      const description = ((response as JsonObject).description as string | undefined) ?? '';
      const content = (response as JsonObject).content as JsonObject | undefined;
      const json = content?.['application/json'] as JsonObject | undefined;
      if (!status.startsWith('2') || !json?.schema) return [status, { description }];
      const schema = withoutExamples(json.schema);
      return [status, { description, content: { 'application/json': { schema } } }];
    }),
  );
  const slimmed: JsonObject = {
    operationId: operation.operationId,
    summary: operation.summary,
    parameters: resolve(spec, operation.parameters ?? []),
    responses,
  };
  const body = operation.requestBody as JsonObject | undefined;
  if (body) slimmed.requestBody = withoutExamples(resolve(spec, body));
  if (operation.externalDocs) slimmed.externalDocs = operation.externalDocs;
  return slimmed;
}

/** Replaces every {"$ref": "#/..."} by a copy of what it points to; a cycle is an error. */
function resolve(spec: JsonObject, value: Json | undefined, seen: readonly string[] = []): Json {
  if (Array.isArray(value)) return value.map((item) => resolve(spec, item, seen));
  if (value === null || typeof value !== 'object') return value ?? null;
  const ref = value.$ref;
  if (typeof ref === 'string') {
    if (seen.includes(ref)) throw new Error(`Cyclic $ref ${[...seen, ref].join(' -> ')}`);
    return resolve(spec, pointer(spec, ref), [...seen, ref]);
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolve(spec, item, seen)]));
}

function pointer(spec: JsonObject, ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported, not ${ref}`);
  let at: Json = spec;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (at === null || typeof at !== 'object' || Array.isArray(at) || !(key in at)) {
      throw new Error(`Dangling $ref ${ref}`);
    }
    at = at[key];
  }
  return at;
}

/** Drops example values, which only document; a property that happens to be named "example" stays. */
function withoutExamples(value: Json, isPropertyMap = false): Json {
  if (Array.isArray(value)) return value.map((item) => withoutExamples(item));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => isPropertyMap || (key !== 'examples' && key !== 'example'))
      .map(([key, item]) => [key, withoutExamples(item, !isPropertyMap && key === 'properties')]),
  );
}

function main(): void {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('@octokit/openapi/package.json');
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  const specPath = join(dirname(packageJson), 'generated/api.github.com.json');
  const spec = JSON.parse(readFileSync(specPath, 'utf8')) as JsonObject;
  const subset = extractSubset(spec, OPERATIONS, `@octokit/openapi@${version} generated/api.github.com.json`);
  const text = `${JSON.stringify(subset, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(target, 'utf8');
    } catch {}
    if (committed !== text) {
      console.error(`${target} is out of date: run node scripts/extract-openapi.ts`);
      process.exit(1);
    }
    console.log(`${target} is up to date (${OPERATIONS.length} operations).`);
    return;
  }
  writeFileSync(target, text);
  console.log(`Wrote ${OPERATIONS.length} operations to ${target} (${text.length} bytes).`);
}

if (import.meta.main) main();
