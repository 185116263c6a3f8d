import fc from 'fast-check'
import { contactMessageSchema, membershipApplicationSchema, newsletterSignupSchema } from '@sparks/shared/forms'

/** A form body as a hostile client (or a broken site) could send it. */
export interface HostileFormRequest {
  contentType?: string
  body: string
}

interface Form {
  name: 'newsletter' | 'contact' | 'join'
  schema: { safeParse(value: unknown): { success: boolean } }
  /** A valid submission: each generated input is one or more hostile edits of it. */
  valid: Record<string, unknown>
}

export const FORMS: Form[] = [
  { name: 'newsletter', schema: newsletterSignupSchema, valid: { email: 'reader@example.org', interests: ['prevention'], language: 'en', consent: true } },
  { name: 'contact', schema: contactMessageSchema, valid: { name: 'A Person', email: 'person@example.org', organisation: 'An NGO', subject: 'A question', message: 'Hello, a question about the platform.', consent: true } },
  { name: 'join', schema: membershipApplicationSchema, valid: { organisation: 'An NGO', initiativeName: 'A project', contactName: 'A Person', email: 'person@example.org', role: 'Coordinator', motivation: 'We work on prevention.', consent: true } },
]

const nasty = fc.oneof(
  fc.constantFrom(
    '', ' ', '\u0000', '\r\n', 'a@b.c\r\nBcc: victim@example.org', 'x@example.org\nSubject: spam', '<script>alert(1)</script>', "' OR 1=1 --", '__proto__',
    // eslint-disable-next-line no-template-curly-in-string -- template injection probes
    '${7*7}', '{{7*7}}', `${'a'.repeat(255)}@example.org`, 'not-an-email', '@example.org', 'a@', 'a@b', '"a"@[127.0.0.1]', 'x'.repeat(6000), 'é'.repeat(5001),
    'xx', 'EN', 'prevention,detection', 'true', 'false', '1', '\u202Eevil', 'ⓘ'.repeat(121),
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.constant(null)), { maxLength: 8 }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', '$set', 'toString', 'valueOf', 'email'), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
)

const JUNK_KEYS = ['__proto__', 'constructor', 'id', 'documentId', 'state', 'confirmedAt', 'createdBy', 'publishedAt', 'consentAt', 'isAdmin', 'website']

/** One form's inputs: edits of a valid body (bad values, missing and extra fields), filtered to what the shared schema refuses. */
function invalidBodies(form: Form): fc.Arbitrary<Record<string, unknown>> {
  const fields = [...Object.keys(form.valid), 'website']
  const edit = fc.record({
    replace: fc.dictionary(fc.constantFrom(...fields), nasty, { minKeys: 0, maxKeys: 3 }),
    remove: fc.subarray(Object.keys(form.valid)),
    extra: fc.dictionary(fc.oneof(fc.constantFrom(...JUNK_KEYS), fc.string({ maxLength: 10 })), nasty, { maxKeys: 2 }),
  })
  return edit
    .map(({ replace, remove, extra }) => {
      const body: Record<string, unknown> = { ...form.valid }
      for (const key of remove) delete body[key]
      for (const [key, value] of Object.entries(replace)) body[key] = value
      for (const [key, value] of Object.entries(extra)) Object.defineProperty(body, key, { value, enumerable: true, configurable: true, writable: true })
      return body
    })
    .filter((body) => !form.schema.safeParse(JSON.parse(JSON.stringify(body))).success)
}

/** Hostile requests for one form: invalid JSON objects mostly, plus non-objects and broken bodies. */
export function hostileFormRequest(form: Form): fc.Arbitrary<HostileFormRequest> {
  return fc.oneof(
    { weight: 8, arbitrary: invalidBodies(form).map((body): HostileFormRequest => ({ contentType: 'application/json', body: JSON.stringify(body) })) },
    { weight: 1, arbitrary: fc.oneof(nasty, fc.array(fc.constant(form.valid), { minLength: 1, maxLength: 3 })).map((value): HostileFormRequest => ({ contentType: 'application/json', body: JSON.stringify(value) ?? 'null' })) },
    {
      weight: 1,
      arbitrary: fc.tuple(
        fc.oneof(fc.string({ maxLength: 100 }), fc.constant(JSON.stringify(form.valid).slice(0, 30)), fc.constant(new URLSearchParams(form.valid as Record<string, string>).toString())),
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=zz', 'application/xml', undefined),
      ).filter(([body, contentType]) => !(contentType === 'application/x-www-form-urlencoded' && form.schema.safeParse(Object.fromEntries(new URLSearchParams(body))).success)).map(([body, contentType]): HostileFormRequest => ({ contentType, body })),
    },
  )
}
