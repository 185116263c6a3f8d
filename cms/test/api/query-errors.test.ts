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

  it('answer 400 for names from Object.prototype and objects where an operator takes one value', async () => {
    const paths = [
      '/api/articles?fields[0]=__proto__',
      '/api/articles?fields[0]=constructor',
      '/api/articles?fields=toString',
      '/api/initiatives?populate[partners][fields][0]=hasOwnProperty',
      '/api/articles?sort=constructor:asc',
      '/api/articles?filters[title][$eq][$eq]=x',
      '/api/articles?filters[title][$ne][$eq]=x',
      '/api/articles?filters[id][$eq][$gt]=1',
      '/api/initiatives?filters[partners][name][$eq][$eq]=x',
      '/api/initiatives?populate[partners][filters][name][$eq][$eq]=x',
      '/api/initiatives?filters[name][$in][0][$eq]=x',
      '/api/home-page?filters[seo][metaTitle][$eq][$eq]=x',
      '/api/site-setting?fields[0]=__proto__',
    ]
    for (const path of paths) {
      const answer = await rest(path)
      expect(answer.status, path).toBe(400)
    }
    expect((await admin('/content-manager/collection-types/api::article.article?filters[title][$eq][$eq]=x')).status).toBe(400)
    // Ordinary queries still pass.
    expect((await rest('/api/articles?fields[0]=title&sort=date:desc&filters[title][$containsi]=a')).status).toBe(200)
    expect((await rest('/api/initiatives?filters[acronym][$in][0]=BRIDGE&filters[acronym][$in][1]=VOICE')).status).toBe(200)
  })
})
