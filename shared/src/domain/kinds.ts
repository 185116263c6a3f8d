export const ORGANISATION_TYPES = [
  'ngo', 'research', 'law_enforcement', 'public_authority', 'industry', 'international', 'health_care',
] as const
export type OrganisationType = (typeof ORGANISATION_TYPES)[number]

export const RESOURCE_TYPES = [
  'report', 'toolkit', 'policy_brief', 'video', 'training', 'dataset', 'guideline', 'factsheet', 'insights_brief',
] as const
export type ResourceType = (typeof RESOURCE_TYPES)[number]

export const EVENT_FORMATS = ['in_person', 'online', 'hybrid'] as const
export type EventFormat = (typeof EVENT_FORMATS)[number]

/** Who may attend an event. */
export const EVENT_ATTENDANCE = ['open', 'professionals', 'invitation_only', 'members'] as const
export type EventAttendance = (typeof EVENT_ATTENDANCE)[number]

export const CONTACT_CHANNELS = ['phone', 'chat', 'email', 'website', 'self_help'] as const
export type ContactChannel = (typeof CONTACT_CHANNELS)[number]
