import type { UID } from '@strapi/strapi'

/** Types anyone may read through REST and GraphQL, once published. */
export const PUBLIC_COLLECTION_TYPES = [
  'api::pillar.pillar',
  'api::organisation.organisation',
  'api::initiative.initiative',
  'api::campaign.campaign',
  'api::recommendation.recommendation',
  'api::resource.resource',
  'api::article.article',
  'api::event.event',
  'api::key-figure.key-figure',
  'api::support-service.support-service',
] as const satisfies readonly UID.ContentType[]

export const PUBLIC_SINGLE_TYPES = ['api::home-page.home-page', 'api::site-setting.site-setting'] as const satisfies readonly UID.ContentType[]

/** What visitors send us, partners' usage and the editorial records. Absent from the public API: no routes, no GraphQL type, no permission. */
export const PRIVATE_TYPES = [
  'api::newsletter-subscription.newsletter-subscription',
  'api::contact-message.contact-message',
  'api::membership-application.membership-application',
  'api::api-token-usage.api-token-usage',
  'api::initiative-contributor.initiative-contributor',
  'api::audit-entry.audit-entry',
  'api::deleted-entry.deleted-entry',
] as const satisfies readonly UID.ContentType[]

/** Public types an initiative contributor may create for their initiative (linked through `initiatives`). */
export const CONTRIBUTED_TYPES = [
  'api::article.article',
  'api::resource.resource',
  'api::event.event',
  'api::campaign.campaign',
] as const satisfies readonly UID.ContentType[]

/** Everything editors publish: changes to these are audited and deletions can be restored. */
export const AUDITED_TYPES = [...PUBLIC_COLLECTION_TYPES, ...PUBLIC_SINGLE_TYPES] as const
