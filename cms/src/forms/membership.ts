import type { Core } from '@strapi/strapi'
import type { MembershipApplicationInput } from '@sparks/shared/forms'
import { formsConfig, sendInBackground } from './mail'

export const APPLICATION_UID = 'api::membership-application.membership-application'

/** Stores an application to join; platform editors approve or decline it in the admin. */
export async function receiveApplication(strapi: Core.Strapi, input: MembershipApplicationInput): Promise<void> {
  const { teamEmail, adminUrl } = formsConfig(strapi)
  const entry = await strapi.documents(APPLICATION_UID).create({
    data: { ...input, role: input.role || null, state: 'received', consent: undefined, website: undefined } as never,
  })
  sendInBackground(strapi, {
    to: teamEmail,
    replyTo: input.email,
    subject: `Application to join: ${input.initiativeName.slice(0, 120)}`,
    text: [
      `${input.contactName}${input.role ? ` (${input.role})` : ''} of ${input.organisation} <${input.email}> asks to join with the initiative "${input.initiativeName}".`,
      input.motivation,
      `Approve or decline it in the admin (set "state"): ${adminUrl}/content-manager/collection-types/${APPLICATION_UID}/${entry.documentId}`,
    ].join('\n\n'),
  })
  // The address is the visitor's word, not yet verified: nothing they wrote goes back to it, so
  // the form cannot make the platform mail someone else their text or their links.
  sendInBackground(strapi, {
    to: input.email,
    subject: 'We received your application to join Sparks',
    text: [
      'Hello,',
      'thank you for applying to join the Sparks community. A platform editor will read your application and write back to you.',
      'If you did not apply, ignore this mail: nothing else will be sent to this address unless the application is answered.',
      'The Sparks team',
    ].join('\n\n'),
  })
}
