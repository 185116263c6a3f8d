import { randomUUID } from 'node:crypto'
import { describe, expect, inject, it } from 'vitest'
import { admin } from '../../../cms/test/support/clients.ts'
import { useBrowser } from '../support/browser'

const browser = useBrowser()
const ARTICLE = 'api::article.article'

describe('draft preview', () => {
  it('shows an editor the draft as the real page, never cached, never indexed, invisible to others', async () => {
    const slug = `preview-${randomUUID().slice(0, 8)}`
    const created = await admin(`/content-manager/collection-types/${ARTICLE}?locale=en`, {
      method: 'POST',
      json: { title: `Draft for review ${slug}`, slug, excerpt: 'Not public yet.', body: 'A **draft** paragraph.', date: '2026-11-22' },
    })
    expect(created.status).toBe(201)
    expect((await fetch(`${inject('siteUrl')}/en/news/${slug}`)).status).toBe(404)

    const answer = await admin(`/content-manager/preview/url/${ARTICLE}?documentId=${created.body.data.documentId}&locale=en&status=draft`)
    expect(answer.status).toBe(200)
    const url = new URL(answer.body.data.url)
    expect(url.origin).toBe(inject('siteUrl'))
    expect(url.pathname).toBe(`/en/news/${slug}`)

    const raw = await fetch(url)
    expect(raw.status).toBe(200)
    expect(raw.headers.get('cache-control')).toContain('no-store')
    expect(raw.headers.get('x-robots-tag')).toContain('noindex')
    expect(raw.headers.get('x-frame-options')).toBeNull()
    expect(raw.headers.get('content-security-policy')).toContain(`frame-ancestors ${new URL(inject('cmsUrl')).origin}`)

    const { page } = await browser.visit(url.pathname + url.search)
    await expect(page.locator('h1').textContent()).resolves.toBe(`Draft for review ${slug}`)
    await expect(page.getByTestId('preview-banner').isVisible()).resolves.toBe(true)
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toContain('noindex')

    // Nothing of the draft stays behind for anyone else: not the page, not with a forged token.
    expect((await fetch(`${inject('siteUrl')}/en/news/${slug}`)).status).toBe(404)
    const forged = new URL(url)
    forged.searchParams.set('preview', `${url.searchParams.get('preview')!.slice(0, -3)}AAA`)
    expect((await fetch(forged)).status).toBe(404)
    // An ordinary page keeps its framing ban.
    const ordinary = await fetch(`${inject('siteUrl')}/en/news`)
    expect(ordinary.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })
})
