import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { buildClientSchema, getIntrospectionQuery, getNamedType, isNonNullType, isObjectType, isScalarType, isEnumType, type GraphQLField, type GraphQLObjectType, type IntrospectionQuery } from 'graphql'
import { cmsUrl, graphql, rest } from '../support/clients.ts'
import { TEST_ADMIN } from '../support/boot-cms.ts'

// #26182 class: a custom controller, route or resolver that returns what the database holds
// without the content API's sanitising hands out private fields, admin users and other people's
// data. Every public answer (core and custom: REST, GraphQL with every field, the schema file,
// the forms) is scanned for anything private.

const FORBIDDEN_KEYS = ['createdBy', 'updatedBy', 'password', 'resetPasswordToken', 'registrationToken', 'confirmationToken', 'consentAt', 'consentWordingVersion', 'confirmedAt', 'unsubscribedAt']
const marker = `leak-${randomUUID().slice(0, 8)}`
const privateEmail = `${marker}@example.org`

function forbiddenIn(answer: unknown, where: string): string[] {
  const found: string[] = []
  const text = JSON.stringify(answer)
  for (const needle of [marker, TEST_ADMIN.email]) if (text.includes(needle)) found.push(`${where}: contains ${needle}`)
  if (/\$2[aby]\$\d\d\$/.test(text)) found.push(`${where}: contains a password hash`)
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`))
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (FORBIDDEN_KEYS.includes(key)) found.push(`${where}: key ${path}.${key}`)
        walk(child, `${path}.${key}`)
      }
    }
  }
  walk(answer, '')
  return found
}

const REST_COLLECTIONS = ['pillars', 'organisations', 'initiatives', 'campaigns', 'recommendations', 'resources', 'articles', 'events', 'key-figures', 'support-services']
const REST_SINGLES = ['home-page', 'site-setting']

/** A selection of every scalar field, and the scalar fields of every object field one level down. */
function selectionOf(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()).flatMap((field: GraphQLField<unknown, unknown>) => {
    if (field.args.some((arg) => isNonNullType(arg.type))) return []
    const named = getNamedType(field.type)
    if (isScalarType(named) || isEnumType(named)) return [field.name]
    if (isObjectType(named) && depth > 0 && !named.name.endsWith('Connection') && !named.name.startsWith('__')) {
      const inner = selectionOf(named, depth - 1)
      return inner ? [`${field.name} { ${inner} }`] : []
    }
    return []
  })
  return fields.join(' ')
}

beforeAll(async () => {
  // Private data a leak would expose: a contact message and a newsletter sign-up, sent as the site.
  const headers = { 'content-type': 'application/json', 'x-sparks-site-key': inject('siteKey') }
  const contact = await fetch(`${cmsUrl()}/api/forms/contact`, { method: 'POST', headers, body: JSON.stringify({ name: marker, email: privateEmail, organisation: marker, subject: marker, message: `Private ${marker}`, consent: true }) })
  expect(contact.status).toBe(202)
  const newsletter = await fetch(`${cmsUrl()}/api/forms/newsletter`, { method: 'POST', headers, body: JSON.stringify({ email: `news-${privateEmail}`, interests: ['prevention'], language: 'en', consent: true }) })
  expect(newsletter.status).toBe(202)
})

describe('no public answer carries private data, core or custom', () => {
  it('REST lists, single entries and single types, with everything populated', async () => {
    const problems: string[] = []
    for (const type of REST_COLLECTIONS) {
      const list = await rest(`/api/${type}?populate=*&pagination[pageSize]=100`)
      expect(list.status, type).toBe(200)
      problems.push(...forbiddenIn(list.body, `/api/${type}`))
      const first = list.body.data[0]
      if (first) {
        const one = await rest(`/api/${type}/${first.documentId}?populate=*`)
        problems.push(...forbiddenIn(one.body, `/api/${type}/:id`))
      }
    }
    for (const type of REST_SINGLES) {
      const single = await rest(`/api/${type}?populate=*`)
      expect(single.status, type).toBe(200)
      problems.push(...forbiddenIn(single.body, `/api/${type}`))
    }
    expect(problems).toEqual([])
  })

  it('every GraphQL query with every field it offers, including custom resolvers like projectStatus', async () => {
    const introspection = await graphql<IntrospectionQuery>(getIntrospectionQuery())
    const schema = buildClientSchema(introspection.data!)
    const problems: string[] = []
    let queried = 0
    for (const field of Object.values(schema.getQueryType()!.getFields())) {
      if (field.args.some((arg) => isNonNullType(arg.type))) continue
      const named = getNamedType(field.type)
      if (!isObjectType(named)) continue
      const selection = selectionOf(named, 1)
      const pagination = field.args.some((arg) => arg.name === 'pagination') ? '(pagination: { limit: 100 })' : ''
      const answer = await graphql(`{ ${field.name}${pagination} { ${selection} } }`)
      // Locales and the like are not for anonymous readers at all; a refusal leaks nothing.
      if (answer.errors?.every((error) => error.extensions?.code === 'FORBIDDEN')) continue
      expect(answer.errors, field.name).toBeUndefined()
      problems.push(...forbiddenIn(answer.data, `graphql ${field.name}`))
      queried += 1
    }
    expect(queried).toBeGreaterThanOrEqual(12)
    expect(problems).toEqual([])
  })

  it('custom routes: the schema file, and the forms’ answers to good and bad input', async () => {
    const schemaFile = await fetch(`${cmsUrl()}/graphql/schema.graphql`)
    expect(forbiddenIn(await schemaFile.text(), 'schema file')).toEqual([])
    const headers = { 'content-type': 'application/json', 'x-sparks-site-key': inject('siteKey') }
    const accepted = await fetch(`${cmsUrl()}/api/forms/contact`, { method: 'POST', headers, body: JSON.stringify({ name: 'Someone', email: 'someone@example.org', subject: 'Hello', message: 'A question', consent: true }) })
    expect(accepted.status).toBe(202)
    // The answer says it was received, nothing else: no id, no stored fields.
    expect(await accepted.json()).toEqual({ data: { received: true } })
    const refused = await fetch(`${cmsUrl()}/api/forms/contact`, { method: 'POST', headers, body: JSON.stringify({ email: privateEmail }) })
    expect(refused.status).toBe(400)
    const refusal = await refused.text()
    expect(refusal).not.toContain(marker)
  })
})
