import { describe, expect, it } from 'vitest'
import { cmsUrl } from '../support/clients.ts'

describe('pages a browser asks the CMS for', () => {
  it('serves no GraphQL landing page, in any spelling of the endpoint', async () => {
    for (const path of ['/graphql', '/GraphQL', '/graphql/']) {
      const answer = await fetch(`${cmsUrl()}${path}`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } })
      const body = await answer.text()
      // Apollo's landing pages load an unpinned script from Apollo's CDN.
      expect(body, path).not.toMatch(/<script|apollographql\.com/i)
      expect(answer.status, path).toBe(400)
    }
  })

  it('answers /favicon.ico without a server error', async () => {
    const answer = await fetch(`${cmsUrl()}/favicon.ico`)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toMatch(/^image\//)
  })
})
