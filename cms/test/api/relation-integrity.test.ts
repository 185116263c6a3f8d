import { randomUUID } from 'node:crypto'
import { afterAll, describe, expect, it } from 'vitest'
import { admin, graphql } from '../support/clients.ts'

// Relation-loss reports against Strapi 5, replayed through the admin's Content Manager API the way
// an editor's clicks send them; afterwards every relation must be in the PUBLISHED public API.
//   #25361 publish order · #24779 unpublish then republish · #24280 discard draft · #21594 per-locale update

const ORG = '/content-manager/collection-types/api::organisation.organisation'
const INITIATIVE = '/content-manager/collection-types/api::initiative.initiative'
const CAMPAIGN = '/content-manager/collection-types/api::campaign.campaign'

/** What this file created, deleted afterwards so other files see the seeded content only. */
const created: Array<{ base: string; documentId: string; locales: string[] }> = []
afterAll(async () => {
  for (const { base, documentId, locales } of created.reverse()) {
    for (const locale of locales) {
      const answer = await admin(`${base}/${documentId}${locale ? `?locale=${locale}` : ''}`, { method: 'DELETE' })
      expect([200, 404], `${base}/${documentId} ${locale}`).toContain(answer.status)
    }
  }
})

const unique = (label: string) => `${label}-${randomUUID().slice(0, 8)}`
const ok = (answer: { status: number; body: unknown }, expected = 200) => {
  expect(answer.status, JSON.stringify(answer.body).slice(0, 400)).toBe(expected)
  return (answer.body as { data: { documentId: string } }).data
}
const connect = (...documentIds: string[]) => ({ connect: documentIds.map((documentId) => ({ documentId })) })
const connectIn = (locale: string, ...documentIds: string[]) => ({ connect: documentIds.map((documentId) => ({ documentId, locale })) })

async function organisation(slug: string) {
  const { documentId } = ok(await admin(ORG, { method: 'POST', json: { name: slug, slug, type: 'ngo' } }), 201)
  created.push({ base: ORG, documentId, locales: [''] })
  return documentId
}
async function initiative(slug: string, relations: Record<string, unknown>, locale = 'en') {
  const { documentId } = ok(await admin(`${INITIATIVE}?locale=${locale}`, { method: 'POST', json: { name: slug, slug, summary: `About ${slug}.`, ...relations } }), 201)
  created.push({ base: INITIATIVE, documentId, locales: ['cs', 'en'] })
  return documentId
}
async function campaign(slug: string, relations: Record<string, unknown>, locale = 'en') {
  const { documentId } = ok(await admin(`${CAMPAIGN}?locale=${locale}`, { method: 'POST', json: { title: slug, slug, summary: `About ${slug}.`, ...relations } }), 201)
  created.push({ base: CAMPAIGN, documentId, locales: [locale] })
  return documentId
}
const publish = async (base: string, documentId: string, locale?: string) => ok(await admin(`${base}/${documentId}/actions/publish${locale ? `?locale=${locale}` : ''}`, { method: 'POST', json: {} }))
const unpublish = async (base: string, documentId: string, locale?: string) => ok(await admin(`${base}/${documentId}/actions/unpublish${locale ? `?locale=${locale}` : ''}`, { method: 'POST', json: {} }))
const discard = async (base: string, documentId: string, locale?: string) => ok(await admin(`${base}/${documentId}/actions/discard${locale ? `?locale=${locale}` : ''}`, { method: 'POST', json: {} }))
const update = async (base: string, documentId: string, json: Record<string, unknown>, locale?: string) => ok(await admin(`${base}/${documentId}${locale ? `?locale=${locale}` : ''}`, { method: 'PUT', json }))

/** The published initiative as the public API shows it, with both sides of its relations. */
async function published(slug: string, locale = 'en') {
  const answer = await graphql<{ initiatives: Array<{ name: string; coordinator: { slug: string } | null; partners: Array<{ slug: string }>; campaigns: Array<{ slug: string }> }> }>(
    `query ($slug: String!, $locale: I18NLocaleCode) { initiatives(locale: $locale, filters: { slug: { eq: $slug } }) { name coordinator { slug } partners { slug } campaigns { slug } } }`,
    { slug, locale },
  )
  expect(answer.errors).toBeUndefined()
  const [found] = answer.data!.initiatives
  return found && { name: found.name, coordinator: found.coordinator?.slug ?? null, partners: found.partners.map((partner) => partner.slug).sort(), campaigns: found.campaigns.map((item) => item.slug).sort() }
}
async function publishedOrganisation(slug: string) {
  const answer = await graphql<{ organisations: Array<{ coordinatedInitiatives: Array<{ slug: string; locale: string }>; partnerIn: Array<{ slug: string; locale: string }> }> }>(
    `query ($slug: String!) { organisations(filters: { slug: { eq: $slug } }) { coordinatedInitiatives { slug locale } partnerIn { slug locale } } }`,
    { slug },
  )
  expect(answer.errors).toBeUndefined()
  const [found] = answer.data!.organisations
  // Organisations are not localized: they list every language version of an initiative.
  const label = (item: { slug: string; locale: string }) => `${item.slug}:${item.locale}`
  return found && { coordinated: found.coordinatedInitiatives.map(label).sort(), partnerIn: found.partnerIn.map(label).sort() }
}

describe('relations survive every editing order (Strapi 5 relation-loss reports)', () => {
  it('#25361 publish order: an entry published before the entries it points to shows them once they are published', async () => {
    const [orgSlug, partnerSlug, slug] = [unique('coordinator'), unique('partner'), unique('early')]
    const org = await organisation(orgSlug)
    const partner = await organisation(partnerSlug)
    const id = await initiative(slug, { coordinator: connect(org), partners: connect(org, partner) })
    await publish(INITIATIVE, id, 'en')
    await publish(ORG, partner)
    await publish(ORG, org)
    expect(await published(slug)).toMatchObject({ coordinator: orgSlug, partners: [orgSlug, partnerSlug].sort() })
    expect(await publishedOrganisation(orgSlug)).toEqual({ coordinated: [`${slug}:en`], partnerIn: [`${slug}:en`] })

    // And the other order: targets first, then the entry.
    const late = unique('late')
    const lateId = await initiative(late, { coordinator: connect(org), partners: connect(partner) })
    await publish(INITIATIVE, lateId, 'en')
    expect(await published(late)).toMatchObject({ coordinator: orgSlug, partners: [partnerSlug] })
  })

  it('#24779 unpublish then republish: relations on both sides come back with the entry', async () => {
    const [orgSlug, slug, campaignSlug] = [unique('org'), unique('initiative'), unique('campaign')]
    const org = await organisation(orgSlug)
    await publish(ORG, org)
    const id = await initiative(slug, { coordinator: connect(org), partners: connect(org) })
    await publish(INITIATIVE, id, 'en')
    const campaignId = await campaign(campaignSlug, { initiatives: connectIn('en', id) })
    await publish(CAMPAIGN, campaignId, 'en')
    expect(await published(slug)).toMatchObject({ coordinator: orgSlug, partners: [orgSlug], campaigns: [campaignSlug] })

    // The organisation goes away and comes back; then the initiative itself does.
    await unpublish(ORG, org)
    expect(await published(slug)).toMatchObject({ coordinator: null, partners: [] })
    await publish(ORG, org)
    expect(await published(slug)).toMatchObject({ coordinator: orgSlug, partners: [orgSlug], campaigns: [campaignSlug] })
    await unpublish(INITIATIVE, id, 'en')
    expect(await published(slug)).toBeUndefined()
    await publish(INITIATIVE, id, 'en')
    expect(await published(slug)).toMatchObject({ coordinator: orgSlug, partners: [orgSlug], campaigns: [campaignSlug] })
    expect(await publishedOrganisation(orgSlug)).toEqual({ coordinated: [`${slug}:en`], partnerIn: [`${slug}:en`] })
  })

  it('#24280 discard draft: throwing away a draft edit keeps the published relations, on both sides', async () => {
    const [orgSlug, otherSlug, slug, campaignSlug] = [unique('org'), unique('other'), unique('initiative'), unique('campaign')]
    const org = await organisation(orgSlug)
    const other = await organisation(otherSlug)
    await publish(ORG, org)
    await publish(ORG, other)
    const id = await initiative(slug, { coordinator: connect(org), partners: connect(org) })
    await publish(INITIATIVE, id, 'en')
    const campaignId = await campaign(campaignSlug, { initiatives: connectIn('en', id) })
    await publish(CAMPAIGN, campaignId, 'en')

    // A draft edit that moves every relation, then thrown away.
    await update(INITIATIVE, id, { name: 'Draft rename', coordinator: { disconnect: [{ documentId: org }], connect: [{ documentId: other }] }, partners: { disconnect: [{ documentId: org }], connect: [{ documentId: other }] } }, 'en')
    await discard(INITIATIVE, id, 'en')
    expect(await published(slug)).toEqual({ name: slug, coordinator: orgSlug, partners: [orgSlug], campaigns: [campaignSlug] })

    // The same on the other side: a draft edit of the organisation and of the campaign, discarded.
    await update(ORG, org, { name: 'Draft org rename' })
    await discard(ORG, org)
    await update(CAMPAIGN, campaignId, { title: 'Draft title', initiatives: { disconnect: [{ documentId: id, locale: 'en' }] } }, 'en')
    await discard(CAMPAIGN, campaignId, 'en')
    expect(await published(slug)).toEqual({ name: slug, coordinator: orgSlug, partners: [orgSlug], campaigns: [campaignSlug] })
    expect(await publishedOrganisation(orgSlug)).toEqual({ coordinated: [`${slug}:en`], partnerIn: [`${slug}:en`] })
    // The draft is the published version again, relations included.
    const draft = await admin(`${INITIATIVE}/${id}?locale=en&populate[coordinator]=true`)
    expect(draft.body.data.name).toBe(slug)
  })

  it('#21594 per-locale update: editing and publishing one language keeps every language’s relations', async () => {
    const [orgSlug, slug, campaignSlug] = [unique('org'), unique('initiative'), unique('campaign')]
    const org = await organisation(orgSlug)
    await publish(ORG, org)
    const id = await initiative(slug, { coordinator: connect(org), partners: connect(org) })
    await publish(INITIATIVE, id, 'en')
    const campaignId = await campaign(campaignSlug, { initiatives: connectIn('en', id) })
    await publish(CAMPAIGN, campaignId, 'en')

    // The Czech version is added and published, then edited and published again.
    // As the admin does when a language is added: the shared (non-localized) fields come along.
    await update(INITIATIVE, id, { name: `${slug} cs`, slug, summary: 'Česky.', coordinator: connect(org), partners: connect(org) }, 'cs')
    await publish(INITIATIVE, id, 'cs')
    await update(INITIATIVE, id, { name: `${slug} cs v2` }, 'cs')
    await publish(INITIATIVE, id, 'cs')
    // And the English one is edited and republished.
    await update(INITIATIVE, id, { summary: 'Updated in English.' }, 'en')
    await publish(INITIATIVE, id, 'en')

    expect(await published(slug, 'en')).toEqual({ name: slug, coordinator: orgSlug, partners: [orgSlug], campaigns: [campaignSlug] })
    expect(await published(slug, 'cs')).toMatchObject({ name: `${slug} cs v2`, coordinator: orgSlug, partners: [orgSlug] })
    expect(await publishedOrganisation(orgSlug)).toEqual({ coordinated: [`${slug}:cs`, `${slug}:en`], partnerIn: [`${slug}:cs`, `${slug}:en`] })
  })
})
