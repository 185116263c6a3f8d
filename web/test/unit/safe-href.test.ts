import { describe, expect, it } from 'vitest'
import { safeHref } from '../../shared/safe-href'
import { renderMarkdownFields } from '../../server/utils/markdown'

describe('safeHref: CMS links become hrefs only with http(s), mailto or tel', () => {
  it('keeps web, mail and phone links and paths on the site', () => {
    for (const url of ['https://example.org/a?b=1', 'http://example.org', 'mailto:help@example.org', 'tel:+420123456', '/en/help', '#top']) {
      expect(safeHref(url), url).toBe(url)
    }
  })

  it('drops every other scheme, however it is spelled', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd', 'ftp://example.org', '//evil.example', '/\\evil.example', 'not a url', '', null, undefined]) {
      expect(safeHref(url), String(url)).toBeUndefined()
    }
  })
})

describe('Markdown links from the CMS', () => {
  it('keep their text but lose a target with another scheme', () => {
    const { body } = renderMarkdownFields({ body: '[web](https://example.org) [mail](mailto:a@example.org) [ftp](ftp://example.org/x) [data](data:text/html;base64,PHNjcmlwdD4=)' })
    expect(body).toContain('<a href="https://example.org" rel="noopener noreferrer">web</a>')
    expect(body).toContain('<a href="mailto:a@example.org">mail</a>')
    expect(body).not.toContain('href="ftp:')
    expect(body).not.toMatch(/href="(?!https:|mailto:)/)
    expect(body).toContain(' ftp ')
    expect(body).not.toMatch(/<a(?![^>]*href=)/)
  })
})
