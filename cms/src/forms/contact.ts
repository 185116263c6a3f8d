import type { Core } from '@strapi/strapi'
import type { ContactMessageInput } from '@sparks/shared/forms'
import { formsConfig, sendInBackground } from './mail'

const UID = 'api::contact-message.contact-message'
const DAY = 24 * 60 * 60 * 1000

/** Stores the message for platform editors (Content Manager) and mails it to the team. */
export async function receiveMessage(strapi: Core.Strapi, input: ContactMessageInput): Promise<void> {
  const { teamEmail, adminUrl } = formsConfig(strapi)
  const data = { name: input.name, email: input.email, organisation: input.organisation || null, subject: input.subject, message: input.message, consentAt: new Date().toISOString() }
  const entry = await strapi.documents(UID).create({ data: data as never })
  sendInBackground(strapi, {
    to: teamEmail,
    replyTo: input.email,
    subject: `Contact form: ${input.subject.slice(0, 120)}`,
    text: [
      `From: ${input.name} <${input.email}>${input.organisation ? `, ${input.organisation}` : ''}`,
      input.message,
      `In the admin: ${adminUrl}/content-manager/collection-types/${UID}/${entry.documentId}`,
    ].join('\n\n'),
  })
}

/** Deletes messages older than the configured retention period. Returns how many. */
export async function purgeOldMessages(strapi: Core.Strapi, now = Date.now()): Promise<number> {
  const cutoff = new Date(now - formsConfig(strapi).contactRetentionDays * DAY).toISOString()
  const { count } = await strapi.db.query(UID).deleteMany({ where: { createdAt: { $lt: cutoff } } })
  return count
}
