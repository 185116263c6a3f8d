import type { Core } from '@strapi/strapi'
import { requiredSecret } from '../src/utils/required-secret'

/** Visitor forms: where links in mails point, who hears of new messages, how long data is kept. */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  /** The public site, for links in mails (confirm, unsubscribe). */
  siteUrl: env('SITE_PUBLIC_URL', 'http://127.0.0.1:3000'),
  /** The admin panel, for invitations and review notices. */
  adminUrl: env('ADMIN_PUBLIC_URL', `http://127.0.0.1:${env('CMS_PORT', '1337')}/admin`),
  /** Receives contact messages, applications and review requests. */
  teamEmail: env('TEAM_EMAIL', 'team@sparks.localhost'),
  /** Signs confirmation and unsubscribe links. */
  linkSecret: requiredSecret('FORMS_LINK_SECRET', env('FORMS_LINK_SECRET', env('APP_KEYS', '').split(',')[0])),
  /** A confirmation link expires, and the unconfirmed sign-up is deleted, after this long. */
  newsletterConfirmHours: env.int('NEWSLETTER_CONFIRM_HOURS', 48),
  /** Contact messages are deleted this many days after they arrive. */
  contactRetentionDays: env.int('CONTACT_RETENTION_DAYS', 180),
})
