import { describe, expect, it } from 'vitest'
import { axeViolations, useBrowser } from '../support/browser'

const browser = useBrowser()

/** Every page type, with something the seeded CMS must have put on it. */
const pages: Array<{ path: string; heading: RegExp; shows: string[] }> = [
  { path: '/en', heading: /child sexual abuse/i, shows: ['Prevention', 'Key recommendations', 'BRIDGE', 'NCMEC'] },
  { path: '/cs', heading: /./, shows: ['Prevence', 'BRIDGE'] },
  { path: '/en/initiatives', heading: /Initiatives/, shows: ['12 initiatives found', 'ECPAT Project Beacon', 'Where the initiatives work'] },
  { path: '/en/initiatives/bridge', heading: /BRIDGE/, shows: ['National Institute of Mental Health', 'Help offered'] },
  { path: '/cs/initiatives/bridge', heading: /BRIDGE/, shows: ['Prevence'] },
  { path: '/en/recommendations', heading: /Recommendations/, shows: ['Prevention', 'Detection', 'Victim support'] },
  { path: '/en/campaigns', heading: /Campaigns/, shows: ['United for child safety'] },
  { path: '/en/campaigns/united-for-child-safety', heading: /United for child safety/, shows: ['ARICA'] },
  { path: '/en/resources', heading: /Resource library/, shows: ['VOICE insights brief', 'resources found'] },
  { path: '/en/resources/voice-insights-brief', heading: /VOICE insights brief/, shows: ['Insights brief', 'English'] },
  { path: '/en/news', heading: /News/, shows: ['Sparks in the Dark launches'] },
  { path: '/en/news/sparks-in-the-dark-launch', heading: /Sparks in the Dark launches/, shows: ['March 20, 2024'] },
  { path: '/en/events', heading: /Events/, shows: ['Past events', 'Sparks in the Dark Conference'] },
  { path: '/en/events/sparks-in-the-dark-conference-prague-2024', heading: /Sparks in the Dark Conference/, shows: ['Prague', 'National Institute of Mental Health'] },
  { path: '/en/data', heading: /Key figures/, shows: ['NCMEC', 'Source'] },
  { path: '/en/help', heading: /Get help/, shows: ['116 111', '116 000', 'Troubled Desire', '112'] },
  { path: '/en/about', heading: /About Sparks/, shows: ['four pillars', 'prevention'] },
  { path: '/en/pages/privacy', heading: /Privacy statement/, shows: ['no cookies'] },
  { path: '/en/pages/accessibility', heading: /Accessibility statement/, shows: ['WCAG'] },
  { path: '/en/pages/api', heading: /Open data and API/, shows: ['/graphql', 'supportServices'] },
  { path: '/en/search?q=CSAM', heading: /Search/, shows: ['results for', 'BRIDGE'] },
]

describe('every page type, as a visitor sees it', () => {
  for (const { path, heading, shows } of pages) {
    it(`${path} shows its content, passes axe, sets no cookie and asks nothing of other sites`, async () => {
      const { page, context, outsideRequests, status } = await browser.visit(path)
      expect(status).toBe(200)
      await expect(page.locator('h1').first().textContent()).resolves.toMatch(heading)
      const text = (await page.locator('main').textContent()) ?? ''
      for (const expected of shows) expect(text, `${path} should show "${expected}"`).toContain(expected)
      await expect(page.getByTestId('quick-exit').isVisible()).resolves.toBe(true)
      await expect(page.locator('.help-banner a[href$="/help"]').isVisible()).resolves.toBe(true)
      expect(await axeViolations(page)).toEqual([])
      expect(outsideRequests).toEqual([])
      expect(await context.cookies()).toEqual([])
    })
  }

  it('answers a missing entry with a 404 page in the visitor’s language', async () => {
    const english = await browser.visit('/en/initiatives/no-such-initiative')
    expect(english.status).toBe(404)
    await expect(english.page.locator('h1').textContent()).resolves.toBe('Page not found')
    expect(await axeViolations(english.page)).toEqual([])
    const czech = await browser.visit('/cs/news/no-such-article')
    expect(czech.status).toBe(404)
    await expect(czech.page.locator('html').getAttribute('lang')).resolves.toBe('cs')
  })

  it('works without JavaScript: server-rendered content and filters that are plain forms', async () => {
    const { page } = await browser.visit('/en/initiatives?pillar=detection', { javaScript: false })
    await expect(page.getByTestId('result-count').textContent()).resolves.toMatch(/2 initiatives found/)
  })
})
