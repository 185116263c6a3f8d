import type {
  Addressee, Audience, ContactChannel, Country, EventAttendance, EventFormat, FundingProgramme,
  HelpAudience, Language, OrganisationType, PillarKey, ResourceType,
} from '@sparks/shared'

/**
 * The demo content, written in our own words from public facts. English is required; Czech is
 * given for a meaningful part. `machineTranslated` lists the locales whose text was machine
 * translated, so the site can say so.
 */
export interface Localized {
  en: string
  cs?: string
}

interface Translatable {
  machineTranslated?: Array<'cs'>
}

export interface SeedPillar extends Translatable {
  key: PillarKey
  slug: string
  name: Localized
  description: Localized
  order: number
}

export interface SeedOrganisation {
  slug: string
  name: string
  shortName?: string
  country?: Country
  type: OrganisationType
  website?: string
}

export interface SeedInitiative extends Translatable {
  slug: string
  acronym?: string
  name: Localized
  summary: Localized
  description?: Localized
  pillars: PillarKey[]
  fundingProgramme?: FundingProgramme
  grantNumber?: string
  startDate?: string
  endDate?: string
  /** organisation slug */
  coordinator?: string
  /** organisation slugs */
  partners?: string[]
  countries?: Country[]
  audiences?: Audience[]
  website?: string
  featured?: boolean
}

export interface SeedCampaign extends Translatable {
  slug: string
  title: Localized
  summary: Localized
  description?: Localized
  /** initiative slugs */
  initiatives: string[]
  startDate?: string
  endDate?: string
  audiences?: Audience[]
  countries?: Country[]
  languages?: Language[]
  callToAction?: { label: Localized; url: string }
}

export interface SeedResource extends Translatable {
  slug: string
  title: Localized
  type: ResourceType
  summary: Localized
  description?: Localized
  url?: string
  languages: Language[]
  publishedOn?: string
  initiatives: string[]
  pillars: PillarKey[]
  audiences?: Audience[]
  licence?: string
}

export interface SeedRecommendation extends Translatable {
  /** stable key for idempotent seeding */
  key: string
  statement: Localized
  rationale?: Localized
  pillar: PillarKey
  addressees: Addressee[]
  /** resource slug */
  sourceResource?: string
  initiatives: string[]
  isKey: boolean
  order: number
}

export interface SeedArticle extends Translatable {
  slug: string
  title: Localized
  excerpt: Localized
  /** Markdown */
  body: Localized
  date: string
  initiatives: string[]
  pillars: PillarKey[]
}

export interface SeedEvent extends Translatable {
  slug: string
  title: Localized
  summary: Localized
  description?: Localized
  /** ISO date-time with offset */
  startsAt: string
  /** the day matters, not the hour: the site shows dates only */
  allDay?: boolean
  endsAt?: string
  timeZone: string
  format: EventFormat
  venue?: Localized
  city?: Localized
  country?: Country
  /** organisation slug */
  organiser?: string
  registrationUrl?: string
  attendance: EventAttendance
  initiatives: string[]
}

export interface SeedKeyFigure extends Translatable {
  /** stable key for idempotent seeding */
  key: string
  label: Localized
  value: number
  unit?: Localized
  year?: number
  place?: Localized
  pillar?: PillarKey
  sourceName: Localized
  /** only a link you are certain of; otherwise leave it out */
  sourceUrl?: string
  note?: Localized
  order: number
}

export interface SeedSupportService extends Translatable {
  slug: string
  name: Localized
  description: Localized
  helpAudiences: HelpAudience[]
  countries: Country[]
  languages: Language[]
  channels: Array<{ channel: ContactChannel; value: string; label?: Localized }>
  /** only when a source says so; unknown stays unset */
  anonymous?: boolean
  free?: boolean
  hours?: Localized
  url?: string
  /** initiative slug */
  initiative?: string
  order: number
}

export interface SeedSingleTypes {
  homePage: Translatable & {
    heroTitle: Localized
    heroText: Localized
    introduction?: Localized
    joinCallTitle?: Localized
    joinCallText?: Localized
  }
  siteSetting: Translatable & {
    siteName: Localized
    tagline?: Localized
    fundingDisclaimer: Localized
    footerText?: Localized
  }
}
