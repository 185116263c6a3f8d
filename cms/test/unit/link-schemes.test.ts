import { describe, expect, it } from 'vitest'
import { isSafeLink } from '../../src/security/link-schemes'

describe('links a page may render', () => {
  it('accepts http(s), mailto, tel and paths on the site', () => {
    for (const link of ['https://www.ecpat.org/', 'http://example.org/a?b=c', 'mailto:team@sparks.test', 'tel:+420116111', '/en/help', '/cs/initiatives?pillar=prevention']) expect(isSafeLink(link), link).toBe(true)
  })
  it('refuses script, data, other schemes, protocol-relative and bare hosts', () => {
    for (const link of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', '\u0001javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', '//evil.example/x', '/\\evil.example', 'www.example.org', 'https://']) expect(isSafeLink(link), JSON.stringify(link)).toBe(false)
  })
})
