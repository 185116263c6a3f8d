import { XMLParser, XMLValidator } from 'fast-xml-parser'
import ICAL from 'ical.js'
import { describe, expect, inject, it } from 'vitest'
import { TEST_ADMIN } from '../../../cms/test/support/boot-cms.ts'
import { useBrowser } from '../support/browser'

const browser = useBrowser()
const get = (path: string) => fetch(`${browser.siteUrl()}${path}`)

describe('feeds and exports other projects can pull', () => {
  it('RSS and Atom for all news, one pillar or one initiative', async () => {
    const all = await (await get('/feeds/en/news.xml')).text()
    const allItems = all.match(/<item>/g)?.length ?? 0
    expect(allItems).toBeGreaterThanOrEqual(5)

    const atom = await get('/feeds/en/news.atom')
    expect(atom.headers.get('content-type')).toContain('application/atom+xml')
    const atomText = await atom.text()
    expect(atomText).toMatch(/^<\?xml[\s\S]*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">/)
    expect(atomText.match(/<entry>/g)?.length).toBe(allItems)

    const byInitiative = await (await get('/feeds/en/news.xml?initiative=voice')).text()
    expect(byInitiative.match(/<item>/g)?.length ?? 0).toBeGreaterThanOrEqual(1)
    expect(byInitiative.match(/<item>/g)?.length ?? 0).toBeLessThan(allItems)
    expect(byInitiative).toContain('VOICE')

    const czech = await (await get('/feeds/cs/news.xml')).text()
    expect(czech).toContain('<language>cs</language>')

    expect((await get('/feeds/en/news.xml?pillar=everything')).status).toBe(400)
    expect((await get('/feeds/en/news.atom?initiative=%3Cscript%3E')).status).toBe(400)
  })

  it('feeds parse as what they claim to be: RSS and Atom as XML, the calendar as iCalendar', async () => {
    const parser = new XMLParser({ ignoreAttributes: false })
    for (const path of ['/feeds/en/news.xml', '/feeds/cs/news.xml?pillar=prevention', '/feeds/en/news.atom?initiative=voice']) {
      const text = await (await get(path)).text()
      expect(XMLValidator.validate(text), path).toBe(true)
      const document = parser.parse(text)
      const entries = document.rss ? [document.rss.channel.item].flat() : [document.feed.entry].flat()
      expect(entries.length, path).toBeGreaterThanOrEqual(1)
      for (const entry of entries) expect(String(entry.title).length, path).toBeGreaterThan(0)
    }
    const calendar = new ICAL.Component(ICAL.parse(await (await get('/feeds/en/events.ics')).text()))
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))
    expect(events.length).toBeGreaterThanOrEqual(2)
    const conference = events.find((event) => event.summary.startsWith('Sparks in the Dark Conference'))!
    expect(conference.startDate.isDate).toBe(true)
    expect(conference.startDate.toString()).toBe('2024-03-18')
    expect(conference.endDate.toString()).toBe('2024-03-22')
  })

  it('exports the directory as CSV and JSON with the visitor’s filters', async () => {
    const json = await (await get('/exports/en/initiatives.json?pillar=detection')).json() as { count: number; initiatives: Array<{ slug: string; pillars: string[] }> }
    expect(json.count).toBe(2)
    expect(json.initiatives.map((initiative) => initiative.slug).sort()).toEqual(['arica', 'ecpat-project-beacon'])

    const csv = await get('/exports/cs/initiatives.csv')
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const lines = (await csv.text()).trim().split('\r\n')
    expect(lines[0]).toBe('name,acronym,slug,url,status,pillars,fundingProgramme,startDate,endDate,countries,audiences,summary,language')
    expect(lines.length).toBeGreaterThanOrEqual(7)
    expect(lines.some((line) => line.startsWith('BRIDGE,BRIDGE,bridge,'))).toBe(true)
  })

  it('links the export from the directory with the chosen filters', async () => {
    const { page } = await browser.visit('/en/initiatives?pillar=detection')
    await expect(page.getByRole('link', { name: 'CSV' }).getAttribute('href')).resolves.toBe('/exports/en/initiatives.csv?pillar=detection')
  })
  it('keep their format whatever an editor types: control characters, a bare carriage return', async () => {
    const cmsUrl = inject('cmsUrl')
    const login = await (await fetch(`${cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(TEST_ADMIN) })).json() as { data: { token: string } }
    const headers = { 'authorization': `Bearer ${login.data.token}`, 'content-type': 'application/json' }
    const cm = `${cmsUrl}/content-manager/collection-types`
    const made: Array<[string, string]> = []
    const publish = async (uid: string, data: object) => {
      const created = await fetch(`${cm}/${uid}?locale=en`, { method: 'POST', headers, body: JSON.stringify(data) })
      const body = await created.json() as { data: { documentId: string } }
      expect(created.status, JSON.stringify(body)).toBe(201)
      made.push([uid, body.data.documentId])
      expect((await fetch(`${cm}/${uid}/${body.data.documentId}/actions/publish?locale=en`, { method: 'POST', headers, body: '{}' })).status).toBe(200)
    }
    try {
      await publish('api::article.article', { title: 'Control\u0001 characters\u000B in a title', slug: 'control-characters-feed', excerpt: 'Bell\u0007 and escape\u001B.', body: 'x', date: '2026-11-21' })
      await publish('api::event.event', { title: 'Carriage\rURL:https://evil.example/phish', slug: 'carriage-return-feed', summary: 'x', startsAt: '2027-03-01T09:00:00.000Z', timeZone: 'Europe/Brussels', format: 'online', attendance: 'open' })
      // The CMS's webhook drops the cached feeds; wait until the new entries show.
      let rss = ''
      let ics = ''
      for (let attempt = 0; attempt < 40 && !(rss.includes('control-characters-feed') && ics.includes('carriage-return-feed')); attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 250))
        rss = await (await get('/feeds/en/news.xml')).text()
        ics = await (await get('/feeds/en/events.ics')).text()
      }
      expect(XMLValidator.validate(rss)).toBe(true)
      expect(rss).toContain('Control characters in a title')
      expect(XMLValidator.validate(await (await get('/feeds/en/news.atom')).text())).toBe(true)
      expect(ics).not.toMatch(/\r(?!\n)/)
      const calendar = new ICAL.Component(ICAL.parse(ics))
      const event = calendar.getAllSubcomponents('vevent').find((component) => String(component.getFirstPropertyValue('url')).endsWith('/carriage-return-feed'))!
      expect(event.getFirstPropertyValue('summary')).toBe('Carriage\nURL:https://evil.example/phish')
      expect(event.getAllProperties('url')).toHaveLength(1)
    } finally {
      for (const [uid, documentId] of made) await fetch(`${cm}/${uid}/${documentId}?locale=en`, { method: 'DELETE', headers })
    }
  })
})
