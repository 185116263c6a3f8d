import type { Core, Modules } from '@strapi/strapi'
import { formsConfig, sendInBackground } from '../forms/mail'
import { APPLICATION_UID } from '../forms/membership'
import { assignContributor } from './contributors'
import { INITIATIVE_CONTRIBUTOR } from './roles'

interface Application {
  documentId: string
  organisation: string
  initiativeName: string
  contactName: string
  email: string
  role: string | null
  motivation: string
  state: 'received' | 'approved' | 'declined'
  processedAt: string | null
}

const slugify = (text: string) =>
  text.normalize('NFKD').replace(/[\u0300-\u036F]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'initiative'

async function uniqueSlug(strapi: Core.Strapi, base: string): Promise<string> {
  for (let suffix = 1; ; suffix += 1) {
    const slug = suffix === 1 ? base : `${base}-${suffix}`
    if ((await strapi.db.query('api::initiative.initiative').count({ where: { slug } })) === 0) return slug
  }
}

/**
 * Approving an application (state → approved, saved by a platform editor) creates the
 * initiative as a draft, an admin account with the contributor role linked to it, and mails the
 * applicant an invitation to set their password. Declining mails a short answer.
 */
async function approve(strapi: Core.Strapi, application: Application): Promise<string> {
  const { adminUrl } = formsConfig(strapi)
  const initiative = (await strapi.documents('api::initiative.initiative').create({
    locale: 'en',
    data: {
      name: application.initiativeName,
      slug: await uniqueSlug(strapi, slugify(application.initiativeName)),
      summary: `${application.initiativeName}, an initiative of ${application.organisation}.`,
      description: application.motivation,
      reviewState: 'draft',
    },
  } as never)) as unknown as { documentId: string }

  const users = strapi.service('admin::user') as unknown as {
    findOneByEmail?(email: string, populate?: string[]): Promise<{ id: number; email: string; registrationToken?: string | null; isActive: boolean } | null>
    create(attributes: object): Promise<{ id: number; email: string; registrationToken: string | null }>
  }
  const role = (await strapi.db.query('admin::role').findOne({ where: { name: INITIATIVE_CONTRIBUTOR.name } })) as { id: number }
  const existing = (await strapi.db.query('admin::user').findOne({ where: { email: application.email.toLowerCase() } })) as { id: number; email: string } | null
  const [firstname, ...rest] = application.contactName.trim().split(/\s+/)
  const user = existing ?? (await users.create({ email: application.email.toLowerCase(), firstname, lastname: rest.join(' ') || null, roles: [role.id], isActive: false }))
  await assignContributor(strapi, user, initiative.documentId)

  const registrationToken = (user as { registrationToken?: string | null }).registrationToken
  const signIn = registrationToken ? `${adminUrl}/auth/register?registrationToken=${registrationToken}` : `${adminUrl}/auth/login`
  sendInBackground(strapi, {
    to: application.email,
    subject: 'Welcome to Sparks: your editor account',
    text: [
      'Hello,',
      'your application to join Sparks is approved. Your initiative now has a draft page on Sparks, and you have an editor account for it.',
      registrationToken ? `Set your password and sign in here:\n${signIn}` : `Sign in with your existing account:\n${signIn}`,
      'You can edit your initiative and add its news, resources, events and campaigns. When an entry is ready, set "Review state" to "submitted" and save: a platform editor reviews and publishes it.',
      'The Sparks team',
    ].join('\n\n'),
  })
  return initiative.documentId
}

export function membershipDecisions(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== APPLICATION_UID || context.action !== 'update') return next()
    const params = context.params as { documentId: string; data?: Record<string, unknown> }
    const state = params.data?.state
    if (state !== 'approved' && state !== 'declined') return next()
    const application = (await strapi.db.query(APPLICATION_UID).findOne({ where: { documentId: params.documentId } })) as Application | null
    if (!application || application.processedAt || application.state === state) return next()

    if (state === 'approved') {
      const initiativeDocumentId = await approve(strapi, application)
      params.data = { ...params.data, initiative: initiativeDocumentId, processedAt: new Date().toISOString() }
    } else {
      params.data = { ...params.data, processedAt: new Date().toISOString() }
      sendInBackground(strapi, {
        to: application.email,
        subject: 'Your application to join Sparks',
        // Nothing the applicant wrote: the address has not been verified (see membership.ts).
        text: `Hello,\n\nthank you for your interest in Sparks. We cannot add your initiative to the platform at this time. ${params.data.decisionNote ? `\n\n${String(params.data.decisionNote)}` : ''}\n\nThe Sparks team`,
      })
    }
    return next()
  }
}
