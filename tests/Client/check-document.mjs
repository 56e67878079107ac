// What the linter does not check but clients need: every schema and property described, an operationId on every
// operation, a schema on every success with a body, the fixed-value string fields as enums, the Arabic examples kept.
import { readFileSync } from 'node:fs';

const doc = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const problems = [];
const schemas = doc.components?.schemas ?? {};

for (const [name, schema] of Object.entries(schemas)) {
  if (!schema.description) problems.push(`schema ${name} has no description`);
  for (const [property, value] of Object.entries(schema.properties ?? {})) {
    if (!value.description) problems.push(`${name}.${property} has no description`);
  }
}

const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
  Object.entries(item).filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
    .map(([method, operation]) => ({ id: `${method.toUpperCase()} ${path}`, operation })));
for (const { id, operation } of operations) {
  if (!operation.operationId) problems.push(`${id} has no operationId`);
  // A success with a body has a schema; 204 No Content is the one success that has none.
  const successes = Object.entries(operation.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
  if (successes.length === 0) problems.push(`${id} has no success response`);
  for (const [status, response] of successes) {
    if (status !== '204' && !Object.values(response.content ?? {}).some((m) => m.schema)) problems.push(`${id} has no ${status} schema`);
  }
  for (const parameter of operation.parameters ?? []) {
    if (!parameter.description) problems.push(`${id} parameter ${parameter.name} has no description`);
  }
}

const enumOf = (schema) => (schema?.$ref ? schemas[schema.$ref.split('/').pop()] : schema)?.enum;
const expectEnum = (label, schema) => { if (!enumOf(schema)?.length) problems.push(`${label} is not an enum`); };
expectEnum('IncidentResponse.type', schemas.IncidentResponse?.properties?.type);
expectEnum('ActorResponse.kind', schemas.ActorResponse?.properties?.kind);
expectEnum('DateResponse.precision', schemas.DateResponse?.properties?.precision);
expectEnum('TimelineResponse.interval', schemas.TimelineResponse?.properties?.interval);

const claimTypes = (schemas.ClaimResponse?.properties?.value?.oneOf ?? []).map((s) => s.type).sort().join(',');
if (claimTypes !== 'boolean,integer,string') problems.push(`ClaimResponse.value is not typed as integer, boolean or string (${claimTypes || 'untyped'})`);

const parameter = (path, name) => doc.paths[path]?.get?.parameters?.find((p) => p.name === name);
expectEnum('GET /api/incidents type', parameter('/api/incidents', 'type')?.schema?.items);
expectEnum('GET /api/incidents format', parameter('/api/incidents', 'format')?.schema);
expectEnum('GET /api/export format', parameter('/api/export', 'format')?.schema);
expectEnum('GET /api/actors kind', parameter('/api/actors', 'kind')?.schema);
expectEnum('GET /api/dates precision', parameter('/api/dates', 'precision')?.schema);
expectEnum('GET /api/timeline interval', parameter('/api/timeline', 'interval')?.schema);
if (!/Allowed fields/.test(parameter('/api/incidents', 'sort')?.description ?? '')) problems.push('sort does not list its fields');

const arabic = /[\u0600-\u06FF]/;
for (const [path, name] of [['/api/incidents', 'location'], ['/api/incidents', 'actor'], ['/api/articles', 'q']]) {
  if (!arabic.test(String(parameter(path, name)?.schema?.example ?? parameter(path, name)?.example ?? ''))) {
    problems.push(`GET ${path} ${name} has no Arabic example`);
  }
}

for (const [schema, property] of [['ActorRefResponse', 'nameAr'], ['LocationRefResponse', 'nameAr'], ['SpanResponse', 'text'], ['IncidentSourceResponse', 'title']]) {
  if (!arabic.test(String(schemas[schema]?.properties?.[property]?.example ?? ''))) problems.push(`${schema}.${property} has no Arabic example`);
}

for (const problem of problems) console.error(problem);
console.log(`${operations.length} operations, ${Object.keys(schemas).length} schemas checked; ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
