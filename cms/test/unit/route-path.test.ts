import { describe, expect, it } from 'vitest'
import { isContentApiPath, isGraphqlPath, routePath } from '../../src/utils/route-path'

describe('routePath', () => {
  it('spells a path the way the router matches it, and then some', () => {
    expect(routePath('/API/Pillars/')).toBe('/api/pillars')
    expect(routePath('//api//pillars//')).toBe('/api/pillars')
    expect(routePath('/%61pi/%50illars')).toBe('/api/pillars')
    expect(routePath('/bad%escape/')).toBe('/bad%escape')
    expect(routePath('/')).toBe('/')
  })

  it('tells the content API and the GraphQL endpoint apart from their neighbours', () => {
    for (const path of ['/api/pillars', '/API/pillars', '/Api/forms/contact/']) expect(isContentApiPath(path), path).toBe(true)
    for (const path of ['/api', '/apix/pillars', '/admin/login', '/graphql']) expect(isContentApiPath(path), path).toBe(false)
    for (const path of ['/graphql', '/GraphQL', '/graphql/', '/GRAPHQL//']) expect(isGraphqlPath(path), path).toBe(true)
    for (const path of ['/graphql/schema.graphql', '/graphqlx', '/api/graphql']) expect(isGraphqlPath(path), path).toBe(false)
  })
})
