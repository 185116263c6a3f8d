import { describe, expect, it } from 'vitest'
import { admin, rest } from '../support/clients.ts'

// Issue 13, second look: filters the database layer refuses answered 500. They are a 400.
describe('filters the database refuses', () => {
  it('answer 400 to visitors, on lists, single entries, relations, components and populate filters', async () => {
    for (const path of [
      '/api/initiatives?filters[$or]=x',
      '/api/initiatives?filters[$and]=x',
      '/api/initiatives?filters[partners][$or]=x',
      '/api/initiatives?populate[partners][filters][$or]=x',
      '/api/home-page?filters[$or]=x',
      '/api/key-figures?filters[value][$gt]=abc',
      '/api/pillars?filters[order][$lt]=x',
    ]) {
      const answer = await rest(path)
      expect(answer.status, path).toBe(400)
    }
  })

  it('answer 400 to editors in the Content Manager and the media library', async () => {
    for (const path of ['/content-manager/collection-types/api::initiative.initiative?filters[$or]=x', '/content-manager/collection-types/api::key-figure.key-figure?filters[value][$eq]=abc', '/upload/files?filters[$or]=x']) {
      const answer = await admin(path)
      expect(answer.status, path).toBe(400)
    }
  })
})
