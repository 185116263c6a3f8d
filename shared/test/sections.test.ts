import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { entryPath, SECTIONS, sectionOfUid, type SectionType } from '../src/domain/sections.js'

const repository = path.resolve(import.meta.dirname, '../..')

describe('the sections registry', () => {
  it('names a content type of the CMS and a page of the site for every section', () => {
    const apis = new Set(readdirSync(path.join(repository, 'cms/src/api')))
    const pages = readdirSync(path.join(repository, 'web/app/pages'))
    for (const [type, section] of Object.entries(SECTIONS)) {
      const api = section.uid.replace(/^api::/, '').split('.')[0]!
      expect(apis.has(api), `${type}: cms/src/api/${api}`).toBe(true)
      expect(pages.includes(section.path) || pages.includes(`${section.path}.vue`), `${type}: web/app/pages/${section.path}`).toBe(true)
      if (section.pages) expect(readdirSync(path.join(repository, 'web/app/pages', section.path)), type).toContain('[slug].vue')
      expect(sectionOfUid(section.uid)).toBe(type)
    }
  })

  it('gives each entry one path', () => {
    expect(entryPath('article', 'a-slug')).toBe('/news/a-slug')
    expect(entryPath('recommendation', 'r')).toBe('/recommendations#r')
    expect(entryPath('supportService', 's')).toBe('/help')
    expect(sectionOfUid('api::audit-entry.audit-entry')).toBeUndefined()
    const paths = (Object.keys(SECTIONS) as SectionType[]).map((type) => SECTIONS[type].path)
    expect(new Set(paths).size).toBe(paths.length)
  })
})
