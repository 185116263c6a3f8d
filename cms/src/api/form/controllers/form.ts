import type { Core } from '@strapi/strapi'
import { contactMessageSchema, fieldErrors, membershipApplicationSchema, newsletterSignupSchema } from '@sparks/shared/forms'
import { receiveMessage } from '../../../forms/contact'
import { receiveApplication } from '../../../forms/membership'
import { confirm, unsubscribe, subscribe, type LinkOutcome } from '../../../forms/newsletter'

type Context = Parameters<Core.MiddlewareHandler>[0]

interface Schema<Input> {
  safeParse(value: unknown): { success: true; data: Input } | { success: false; error: Parameters<typeof fieldErrors>[0] }
}

/** Validates with the schema the site's browser code uses too; invalid input stores nothing. */
function accept<Input>(ctx: Context, schema: Schema<Input>, store: (input: Input) => Promise<void>) {
  const parsed = schema.safeParse(ctx.request.body)
  if (!parsed.success) return ctx.badRequest('Some fields are missing or invalid.', { fields: fieldErrors(parsed.error) })
  return store(parsed.data).then(() => {
    ctx.status = 202
    ctx.body = { data: { received: true } }
  })
}

function linkAnswer(ctx: Context, outcome: LinkOutcome) {
  if (outcome === 'invalid') return ctx.badRequest('This link is not valid.', { outcome })
  if (outcome === 'expired') {
    ctx.status = 410
    ctx.body = { data: null, error: { status: 410, name: 'GoneError', message: 'This link has expired.', details: { outcome } } }
    return
  }
  ctx.body = { data: { outcome } }
}

const tokenOf = (ctx: Context) => (ctx.request.body as { token?: unknown } | undefined)?.token

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  newsletter: (ctx: Context) => accept(ctx, newsletterSignupSchema, (input) => subscribe(strapi, input)),
  contact: (ctx: Context) => accept(ctx, contactMessageSchema, (input) => receiveMessage(strapi, input)),
  join: (ctx: Context) => accept(ctx, membershipApplicationSchema, (input) => receiveApplication(strapi, input)),
  confirmNewsletter: async (ctx: Context) => linkAnswer(ctx, await confirm(strapi, tokenOf(ctx))),
  unsubscribeNewsletter: async (ctx: Context) => linkAnswer(ctx, await unsubscribe(strapi, tokenOf(ctx))),
})
