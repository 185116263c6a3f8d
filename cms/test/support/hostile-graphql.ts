import fc from 'fast-check'
import { print } from 'graphql'
import { queries } from '@sparks/shared/graphql'

/** One request as a hostile client could send it to /graphql. */
export interface HostileRequest {
  method: 'GET' | 'POST'
  contentType?: string
  /** POST body as sent (already serialised), or the GET query string. */
  payload: string
}

const validDocuments = Object.values(queries).map((document) => print(document))

/** Values that break naive code: injections, prototype keys, huge and odd numbers, control characters. */
const nastyScalar = fc.oneof(
  fc.constantFrom(
    // eslint-disable-next-line no-template-curly-in-string -- template injection probes
    "' OR 1=1 --", '"; DROP TABLE initiatives; --', '%', '_', '\\', '\u0000', '\u202E', '../../etc/passwd', '${7*7}', '{{7*7}}',
    '<script>alert(1)</script>', '__proto__', 'constructor', 'prototype', '$where', 'NaN', 'Infinity', '-0', '1e309', '9'.repeat(400),
    'x'.repeat(10_000), 'en', '*', 'all', 'createdBy.email:asc', 'name:asc;drop', `${'a'.repeat(300)}:desc`,
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
)

/** Nested JSON with prototype-polluting keys and Strapi/knex operator names. */
const nastyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, nastyScalar, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(
    fc.oneof(fc.constantFrom('__proto__', 'constructor', '$where', '$or', '$and', '$not', '$in', '$eq', '$contains', '$raw', 'createdBy', 'password', 'email', 'id', 'documentId', 'locale', 'status', 'publishedAt'), fc.string({ maxLength: 12 })),
    tie('value'),
    { maxKeys: 4 },
  )),
})).value

const ARGUMENT_SNIPPETS = [
  'filters: { name: { containsi: "%" } }', 'filters: { or: [{ slug: { eq: "\\u0000" } }] }', 'sort: "createdBy.email:asc"', 'sort: ["publishedAt:desc", "x:y:z"]',
  'pagination: { limit: -1 }', 'pagination: { start: -5, limit: 99999999 }', 'pagination: { page: 0, pageSize: 0 }', 'locale: "xx"', 'locale: "../../"',
  'status: DRAFT', 'filters: { createdBy: { email: { startsWith: "e" } } }', 'filters: { publishedAt: { null: true } }', 'documentId: "1 OR 1=1"',
]

/** A valid shared document with one hostile edit: cut, spliced, doubled or padded. */
const mutatedDocument = fc.tuple(fc.constantFrom(...validDocuments), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 6 }), fc.string({ maxLength: 20 }), fc.constantFrom(...ARGUMENT_SNIPPETS)).map(
  ([document, a, b, kind, junk, snippet]) => {
    const at = a % (document.length + 1)
    const to = Math.min(document.length, at + (b % 40))
    switch (kind) {
      case 0: return document.slice(0, at) + document.slice(to)
      case 1: return document.slice(0, at) + junk + document.slice(at)
      case 2: return document.slice(0, at) + '{'.repeat(b % 300) + document.slice(at)
      case 3: return document.replace(/\(/, `(${snippet}, `)
      case 4: return `${document}\n${document}`
      case 5: return document.replace(/\{/, `{ ${'__typename '.repeat(b % 2000)}`)
      default: return document.slice(0, at) + '\\"'.repeat(b % 50) + document.slice(at)
    }
  },
)

/** Documents that are valid syntax but hostile in shape: deep, wide, aliased, cyclic, introspective. */
const hostileShape = fc.oneof(
  fc.integer({ min: 1, max: 400 }).map((depth) => `{ ${'initiatives { pillars { '.repeat(depth)}name${' } }'.repeat(depth)} }`),
  fc.integer({ min: 1, max: 2000 }).map((count) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: pillars { key }`).join(' ')} }`),
  fc.integer({ min: 1, max: 5000 }).map((count) => `{ pillars { ${'key '.repeat(count)}} }`),
  fc.constant('query A { ...F } fragment F on Query { ...G } fragment G on Query { ...F }'),
  fc.constant('fragment F on Query { pillars { key } ...F } { ...F }'),
  fc.constantFrom('{ ...Missing }', '{ initiatives { ...Gone } }', 'query { pillars { key ...on Pillar { ...Nowhere } } }'),
  fc.integer({ min: 1000, max: 30_000 }).map((depth) => `${'{ a '.repeat(depth)}${'}'.repeat(depth)}`),
  fc.constant('{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } }'),
  fc.constant('{ __type(name: "UsersPermissionsUser") { fields { name } } }'),
  fc.constant('mutation { createInitiative(data: { name: "x" }) { documentId } }'),
  fc.constant('subscription { initiatives { name } }'),
  fc.constant('{ initiatives @skip(if: $undefinedVariable) { name } }'),
  fc.integer({ min: 1, max: 500 }).map((count) => `{ pillars ${'@include(if: true) '.repeat(count)}{ key } }`),
  fc.constantFrom(...ARGUMENT_SNIPPETS).map((snippet) => `{ initiatives(${snippet}) { name slug } }`),
)

const query = fc.oneof(mutatedDocument, hostileShape, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }))

/** JSON bodies: hostile queries with hostile variables, operation names and field types. */
const jsonBody = fc.oneof(
  fc.record({ query, variables: fc.option(nastyValue), operationName: fc.option(nastyScalar) }, { requiredKeys: ['query'] }).map((body) => JSON.stringify(body)),
  fc.record({ query: nastyValue, variables: nastyValue }).map((body) => JSON.stringify(body)),
  fc.array(fc.record({ query }), { minLength: 1, maxLength: 30 }).map((batch) => JSON.stringify(batch)),
  fc.constantFrom(...validDocuments).chain((document) => nastyValue.map((variables) => JSON.stringify({ query: document, variables }))),
  nastyValue.map((value) => JSON.stringify(value)),
)

/** Bodies that are not what the content type says. */
const brokenBody = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  jsonBody.map((body) => body.slice(0, Math.max(1, Math.floor(body.length / 2)))),
  fc.constant('{"query":"{ pillars { key } }"'.repeat(3)),
  fc.constant('\u0000\u0001\u0002'),
)

export const hostileGraphqlRequest: fc.Arbitrary<HostileRequest> = fc.oneof(
  { weight: 6, arbitrary: jsonBody.map((payload): HostileRequest => ({ method: 'POST', contentType: 'application/json', payload })) },
  { weight: 2, arbitrary: fc.tuple(brokenBody, fc.constantFrom('application/json', 'text/plain', 'application/graphql', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', undefined)).map(([payload, contentType]): HostileRequest => ({ method: 'POST', contentType, payload })) },
  {
    weight: 2,
    arbitrary: fc.tuple(query, fc.option(nastyValue)).map(([text, variables]): HostileRequest => ({
      method: 'GET',
      payload: `query=${encodeURIComponent(text)}${variables === null ? '' : `&variables=${encodeURIComponent(JSON.stringify(variables))}`}`,
    })),
  },
)
