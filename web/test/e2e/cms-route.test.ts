import { describe, expect, inject, it } from 'vitest'

/** GET /api/cms/<operation> from the site's own origin, as its pages call it. */
const cmsRoute = (pathAndQuery: string) => fetch(`${inject('siteUrl')}/api/cms/${pathAndQuery}`)

describe('the site’s CMS route runs only the shared, named queries', () => {
  it('refuses any other name, inherited object keys included, with a 404', async () => {
    for (const name of ['NotAQuery', '__proto__', 'constructor', 'toString', 'hasOwnProperty', encodeURIComponent('{ initiatives { name } }')]) {
      const response = await cmsRoute(`${name}?variables=%7B%7D`)
      expect(response.status, name).toBe(404)
    }
  })

  it('ignores a query the browser wrote and refuses variables that are not an object', async () => {
    const plain = await (await cmsRoute('PillarsQuery?variables=%7B%22locale%22%3A%22en%22%7D')).json()
    const withQuery = await cmsRoute(`PillarsQuery?variables=%7B%22locale%22%3A%22en%22%7D&query=${encodeURIComponent('{ usersPermissionsUsers { email } }')}`)
    expect(withQuery.status).toBe(200)
    expect(await withQuery.json()).toEqual(plain)
    for (const variables of ['[]', 'null', '"x"', '{not json']) {
      expect((await cmsRoute(`PillarsQuery?variables=${encodeURIComponent(variables)}`)).status, variables).toBe(400)
    }
  })
})
