import { describe, expect, it } from 'vitest'
import { useBrowser } from '../support/browser'

const browser = useBrowser()

describe('reading pages ship no framework JavaScript', () => {
  it('loads only the quick-exit script on every reading page type', async () => {
    for (const path of ['/en', '/en/initiatives', '/en/initiatives/bridge', '/cs/resources', '/en/news', '/en/events', '/en/data', '/en/help', '/en/about', '/en/search?q=prevention']) {
      const { page } = await browser.visit(path)
      const scripts = await page.evaluate(() => performance.getEntriesByType('resource')
        .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script' || entry.name.endsWith('.js'))
        .map((entry) => new URL(entry.name).pathname))
      expect(scripts, path).toEqual(['/quick-exit.js'])
      await expect(page.locator('script[src*="/_nuxt/"], link[rel="modulepreload"]').count(), path).resolves.toBe(0)
    }
  })

  it('keeps the language switcher and the filters working as plain HTML', async () => {
    const { page } = await browser.visit('/en/initiatives')
    await page.locator('.language-switcher summary').click()
    await page.getByRole('link', { name: 'Deutsch' }).click()
    await page.waitForURL(/\/de\/initiatives$/)
    await page.goto(`${browser.siteUrl()}/en/resources`)
    await page.locator('form.filters select').first().selectOption({ index: 1 })
    await page.locator('form.filters button[type="submit"]').click()
    await page.waitForURL(/\/en\/resources\?.+=/)
  })

  it('serves the quick-exit script as a small same-origin file', async () => {
    const response = await fetch(`${browser.siteUrl()}/quick-exit.js`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/javascript/)
    const source = await response.text()
    expect(source).toContain('location.replace')
    expect(Buffer.byteLength(source)).toBeLessThan(2048)
  })
})
