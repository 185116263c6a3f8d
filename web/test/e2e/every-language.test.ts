import { describe, expect, it } from 'vitest'
import { axeViolations, useBrowser } from '../support/browser'

const browser = useBrowser()

// The seeded content is in English and (partly) Czech. A visitor in any other EU language
// gets the same pages, lists and feeds, with what is shown in English marked as English.

const cardsIn = async (path: string) => {
  const { page, status } = await browser.visit(path)
  expect(status, path).toBe(200)
  const cards = page.locator('main .card')
  return { page, count: await cards.count(), englishMarks: await page.getByTestId('in-english').count(), englishCards: await page.locator('main .card[lang="en"]').count() }
}

describe('a visitor in a language the content is not written in', () => {
  for (const locale of ['de', 'fr', 'pl', 'ga']) {
    it(`/${locale} home page answers 200 with the English content, marked and flagged`, async () => {
      const { page, status } = await browser.visit(`/${locale}`)
      expect(status).toBe(200)
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(locale)
      await expect(page.locator('.hero').getAttribute('lang')).resolves.toBe('en')
      await expect(page.locator('.hero h1').textContent()).resolves.toMatch(/child sexual abuse/i)
      await expect(page.getByTestId('fallback-notice').isVisible()).resolves.toBe(true)
      await expect(page.locator('main').textContent()).resolves.toContain('BRIDGE')
      expect(await axeViolations(page)).toEqual([])
    })
  }

  it('lists as many initiatives in German as in English, each marked English, and pages them the same way', async () => {
    const english = await cardsIn('/en/initiatives')
    const german = await cardsIn('/de/initiatives')
    expect(german.count).toBe(english.count)
    expect(german.count).toBeGreaterThan(0)
    expect(german.englishCards).toBe(german.count)
    expect(german.englishMarks).toBe(german.count)
    await expect(german.page.getByTestId('result-count').textContent()).resolves.toMatch(/12/)
    expect(await axeViolations(german.page)).toEqual([])
  })

  it('mixes Czech and English in one Czech list: Czech where there is a translation, English marked', async () => {
    const czech = await cardsIn('/cs/initiatives')
    const english = await cardsIn('/en/initiatives')
    expect(czech.count).toBe(english.count)
    expect(czech.englishCards).toBeGreaterThan(0)
    expect(czech.englishCards).toBeLessThan(czech.count)
  })

  it('lets the visitor choose only entries in their language, without JavaScript', async () => {
    const { page } = await browser.visit('/cs/initiatives', { javaScript: false })
    await page.getByTestId('language-toggle').locator('a').click()
    await page.waitForURL(/onlyMyLanguage=1/)
    const only = await page.locator('main .card').count()
    expect(only).toBeGreaterThan(0)
    expect(await page.locator('main .card[lang="en"]').count()).toBe(0)
    const german = await cardsIn('/de/initiatives?onlyMyLanguage=1')
    expect(german.count).toBe(0)
    // Applying filters keeps the choice: the form sends it along.
    await page.locator('form.filters button[type="submit"]').click()
    await page.waitForURL(/onlyMyLanguage=1/)
    expect(await page.locator('main .card[lang="en"]').count()).toBe(0)
    for (const path of ['/cs/resources?onlyMyLanguage=1', '/cs/help?onlyMyLanguage=1', '/cs/search?q=prevence&onlyMyLanguage=1']) {
      const kept = await browser.visit(path, { javaScript: false })
      expect(await kept.page.locator('form.filters input[type="hidden"][name="onlyMyLanguage"][value="1"]').count(), path).toBe(1)
    }
  })

  it('fills every list page in French, Polish and Irish', async () => {
    for (const [path, english] of [['/fr/recommendations', '/en/recommendations'], ['/ga/news', '/en/news'], ['/pl/resources', '/en/resources'], ['/fr/events', '/en/events'], ['/pl/campaigns', '/en/campaigns']] as const) {
      const [there, here] = [await cardsIn(path), await cardsIn(english)]
      expect(there.count, path).toBe(here.count)
      expect(there.count, path).toBeGreaterThan(0)
    }
    const help = await browser.visit('/pl/help')
    await expect(help.page.locator('main').textContent()).resolves.toContain('116 111')
    const data = await browser.visit('/fr/data')
    expect(await data.page.locator('main .key-figure').count()).toBeGreaterThan(0)
  })

  it('shows an entry page in English, flagged, in any language', async () => {
    const { page, status } = await browser.visit('/de/initiatives/bridge')
    expect(status).toBe(200)
    await expect(page.getByTestId('fallback-notice').isVisible()).resolves.toBe(true)
    await expect(page.locator('h1').textContent()).resolves.toMatch(/BRIDGE/)
  })

  it('finds English entries from a German search', async () => {
    const { page } = await browser.visit('/de/search?q=bridge')
    await expect.poll(async () => page.locator('main').textContent(), { timeout: 10_000 }).toContain('BRIDGE')
  })

  it('fills feeds and exports in German', async () => {
    const feed = await fetch(`${browser.siteUrl()}/feeds/de/news.xml`).then((response) => response.text())
    expect(feed.match(/<(item|entry)>/g)?.length ?? 0).toBeGreaterThan(0)
    const exported = await fetch(`${browser.siteUrl()}/exports/de/initiatives.json`).then((response) => response.json()) as { count: number; initiatives: unknown[] }
    expect(exported.count).toBe(12)
    expect(exported.initiatives).toHaveLength(12)
  })
})
