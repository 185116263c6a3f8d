import type { Core, UID } from '@strapi/strapi'
import { articles, campaigns, events, initiatives, keyFigures, organisations, pillars, recommendations, resources, singleTypes, supportServices } from './data'
import type { Localized } from './data/types'
import { defined, localesOf, pick, type SeedLocale } from './localize'

type Data = Record<string, unknown>

interface SeededEntry {
  documentId: string
  locales: Set<SeedLocale>
}

/**
 * Writes the demo content once. Every entry has a stable key (its slug, or `key` for entries
 * without pages); an entry that exists already is left as it is, so editors' changes survive a
 * restart and nothing is seeded twice.
 */
class DemoSeeder {
  private readonly seeded = new Map<string, Map<string, SeededEntry>>()
  created = 0

  constructor(private readonly strapi: Core.Strapi) {}

  /** Document ids of seeded entries of a type that exist in a locale; unknown keys are an error in the data. */
  ids(uid: UID.ContentType, keys: readonly string[] | undefined, locale: SeedLocale): string[] {
    const entries = this.seeded.get(uid) ?? new Map<string, SeededEntry>()
    return (keys ?? []).flatMap((key) => {
      const entry = entries.get(key)
      if (!entry) throw new Error(`Seed data refers to ${uid} "${key}", which is not in the seed data.`)
      return entry.locales.has(locale) ? [entry.documentId] : []
    })
  }

  id(uid: UID.ContentType, key: string | undefined, locale: SeedLocale): string | undefined {
    return key ? this.ids(uid, [key], locale)[0] : undefined
  }

  /**
   * Creates and publishes one entry in each of its locales. `keyField` is how the entry is
   * found again on the next start; `build` gives the data for one locale.
   */
  async entry(
    uid: UID.ContentType,
    key: string,
    keyField: string,
    locales: SeedLocale[],
    build: (locale: SeedLocale) => Data,
    machineTranslated: readonly string[] = [],
  ): Promise<void> {
    const documents = this.strapi.documents(uid)
    const localized = Boolean((this.strapi.contentType(uid).pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized)
    const hasDraftAndPublish = Boolean(this.strapi.contentType(uid).options?.draftAndPublish)
    const existing = await documents.findFirst({ filters: { [keyField]: key }, ...(localized ? { locale: 'en' } : {}), status: 'draft' } as never)
    const entries = this.seeded.get(uid) ?? new Map<string, SeededEntry>()
    this.seeded.set(uid, entries)
    if (existing) {
      const present = await documents.findMany({ filters: { documentId: existing.documentId }, locale: '*', status: 'draft', fields: ['locale'] } as never)
      const presentLocales = new Set((present as Array<{ locale?: string }>).map((entry) => (entry.locale ?? 'en') as SeedLocale))
      entries.set(key, { documentId: existing.documentId, locales: localized ? presentLocales : new Set(['en', 'cs']) })
      return
    }

    // With the generated types, a document service for any of several types offers only what all
    // of them have; `publish` is there for the types with drafts, checked just above.
    const publishing = documents as unknown as { publish(params: { documentId: string; locale?: string }): Promise<unknown> }
    const first = await documents.create({ data: { ...build('en'), ...(localized ? { machineTranslated: false } : {}) }, ...(localized ? { locale: 'en' } : {}) } as never)
    const documentId = (first as { documentId: string }).documentId
    if (hasDraftAndPublish) await publishing.publish({ documentId, ...(localized ? { locale: 'en' } : {}) })
    const done = new Set<SeedLocale>(localized ? ['en'] : ['en', 'cs'])
    if (localized) {
      for (const locale of locales.filter((code) => code !== 'en')) {
        await documents.update({ documentId, locale, data: { ...build(locale), machineTranslated: machineTranslated.includes(locale) } } as never)
        if (hasDraftAndPublish) await publishing.publish({ documentId, locale })
        done.add(locale)
      }
    }
    entries.set(key, { documentId, locales: done })
    this.created += 1
  }
}

const codes = (values: readonly string[] | undefined) => values?.map((code) => ({ code }))
const groups = (values: readonly string[] | undefined) => values?.map((group) => ({ group }))
const text = (value: Localized | undefined, locale: SeedLocale) => pick(value, locale) ?? value?.en

export async function seedDemoContent(strapi: Core.Strapi): Promise<void> {
  const seed = new DemoSeeder(strapi)
  const PILLAR = 'api::pillar.pillar'
  const ORGANISATION = 'api::organisation.organisation'
  const INITIATIVE = 'api::initiative.initiative'
  const RESOURCE = 'api::resource.resource'

  for (const pillar of pillars) {
    await seed.entry(PILLAR, pillar.key, 'key', localesOf(pillar.name), (locale) => ({
      key: pillar.key, slug: pillar.slug, order: pillar.order, name: text(pillar.name, locale), description: text(pillar.description, locale),
    }), pillar.machineTranslated)
  }
  const pillarIds = (keys: readonly string[], locale: SeedLocale) => seed.ids(PILLAR, keys, locale)

  for (const organisation of organisations) {
    await seed.entry(ORGANISATION, organisation.slug, 'slug', ['en'], () => defined({ ...organisation }))
  }

  for (const initiative of initiatives) {
    await seed.entry(INITIATIVE, initiative.slug, 'slug', localesOf(initiative.name), (locale) => defined({
      slug: initiative.slug,
      acronym: initiative.acronym,
      name: text(initiative.name, locale),
      summary: text(initiative.summary, locale),
      description: text(initiative.description, locale),
      pillars: pillarIds(initiative.pillars, locale),
      fundingProgramme: initiative.fundingProgramme,
      grantNumber: initiative.grantNumber,
      startDate: initiative.startDate,
      endDate: initiative.endDate,
      coordinator: seed.id(ORGANISATION, initiative.coordinator, 'en'),
      partners: seed.ids(ORGANISATION, initiative.partners, 'en'),
      countries: codes(initiative.countries),
      audiences: groups(initiative.audiences),
      website: initiative.website,
      featured: initiative.featured ?? false,
    }), initiative.machineTranslated)
  }
  const initiativeIds = (slugs: readonly string[] | undefined, locale: SeedLocale) => seed.ids(INITIATIVE, slugs, locale)

  for (const resource of resources) {
    await seed.entry(RESOURCE, resource.slug, 'slug', localesOf(resource.title), (locale) => defined({
      slug: resource.slug,
      title: text(resource.title, locale),
      type: resource.type,
      summary: text(resource.summary, locale),
      description: text(resource.description, locale),
      url: resource.url,
      languages: codes(resource.languages),
      publishedOn: resource.publishedOn,
      initiatives: initiativeIds(resource.initiatives, locale),
      pillars: pillarIds(resource.pillars, locale),
      audiences: groups(resource.audiences),
      licence: resource.licence,
    }), resource.machineTranslated)
  }

  for (const recommendation of recommendations) {
    await seed.entry('api::recommendation.recommendation', recommendation.key, 'slug', localesOf(recommendation.statement), (locale) => defined({
      slug: recommendation.key,
      statement: text(recommendation.statement, locale),
      rationale: text(recommendation.rationale, locale),
      pillar: pillarIds([recommendation.pillar], locale)[0],
      addressees: groups(recommendation.addressees),
      sourceResource: seed.id(RESOURCE, recommendation.sourceResource, locale),
      initiatives: initiativeIds(recommendation.initiatives, locale),
      isKey: recommendation.isKey,
      order: recommendation.order,
    }), recommendation.machineTranslated)
  }

  for (const campaign of campaigns) {
    await seed.entry('api::campaign.campaign', campaign.slug, 'slug', localesOf(campaign.title), (locale) => defined({
      slug: campaign.slug,
      title: text(campaign.title, locale),
      summary: text(campaign.summary, locale),
      description: text(campaign.description, locale),
      initiatives: initiativeIds(campaign.initiatives, locale),
      startDate: campaign.startDate,
      endDate: campaign.endDate,
      audiences: groups(campaign.audiences),
      countries: codes(campaign.countries),
      languages: codes(campaign.languages),
      callToAction: campaign.callToAction && { label: text(campaign.callToAction.label, locale), url: campaign.callToAction.url },
    }), campaign.machineTranslated)
  }

  for (const article of articles) {
    await seed.entry('api::article.article', article.slug, 'slug', localesOf(article.title), (locale) => defined({
      slug: article.slug,
      title: text(article.title, locale),
      excerpt: text(article.excerpt, locale),
      body: text(article.body, locale),
      date: article.date,
      initiatives: initiativeIds(article.initiatives, locale),
      pillars: pillarIds(article.pillars, locale),
    }), article.machineTranslated)
  }

  for (const event of events) {
    await seed.entry('api::event.event', event.slug, 'slug', localesOf(event.title), (locale) => defined({
      slug: event.slug,
      title: text(event.title, locale),
      summary: text(event.summary, locale),
      description: text(event.description, locale),
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      allDay: event.allDay ?? false,
      timeZone: event.timeZone,
      format: event.format,
      venue: text(event.venue, locale),
      city: text(event.city, locale),
      country: event.country,
      organiser: seed.id(ORGANISATION, event.organiser, 'en'),
      registrationUrl: event.registrationUrl,
      attendance: event.attendance,
      initiatives: initiativeIds(event.initiatives, locale),
    }), event.machineTranslated)
  }

  for (const figure of keyFigures) {
    await seed.entry('api::key-figure.key-figure', figure.key, 'slug', localesOf(figure.label), (locale) => defined({
      slug: figure.key,
      label: text(figure.label, locale),
      value: figure.value,
      unit: text(figure.unit, locale),
      year: figure.year,
      place: text(figure.place, locale),
      pillar: figure.pillar && pillarIds([figure.pillar], locale)[0],
      sourceName: text(figure.sourceName, locale),
      sourceUrl: figure.sourceUrl,
      note: text(figure.note, locale),
      order: figure.order,
    }), figure.machineTranslated)
  }

  for (const service of supportServices) {
    await seed.entry('api::support-service.support-service', service.slug, 'slug', localesOf(service.name), (locale) => defined({
      slug: service.slug,
      name: text(service.name, locale),
      description: text(service.description, locale),
      helpAudiences: groups(service.helpAudiences),
      countries: codes(service.countries),
      languages: codes(service.languages),
      channels: service.channels.map((channel) => defined({ channel: channel.channel, value: channel.value, label: text(channel.label, locale) })),
      anonymous: service.anonymous,
      free: service.free,
      hours: text(service.hours, locale),
      url: service.url,
      initiative: seed.id(INITIATIVE, service.initiative, locale),
      order: service.order,
    }), service.machineTranslated)
  }

  const { homePage, siteSetting } = singleTypes
  await seed.entry('api::home-page.home-page', homePage.heroTitle.en, 'heroTitle', localesOf(homePage.heroTitle), (locale) => defined({
    heroTitle: text(homePage.heroTitle, locale),
    heroText: text(homePage.heroText, locale),
    introduction: text(homePage.introduction, locale),
    joinCallTitle: text(homePage.joinCallTitle, locale),
    joinCallText: text(homePage.joinCallText, locale),
  }), homePage.machineTranslated)
  await seed.entry('api::site-setting.site-setting', siteSetting.siteName.en, 'siteName', localesOf(siteSetting.siteName), (locale) => defined({
    siteName: text(siteSetting.siteName, locale),
    tagline: text(siteSetting.tagline, locale),
    fundingDisclaimer: text(siteSetting.fundingDisclaimer, locale),
    footerText: text(siteSetting.footerText, locale),
  }), siteSetting.machineTranslated)

  if (seed.created > 0) strapi.log.info(`Seeded ${seed.created} demo entries.`)
}
