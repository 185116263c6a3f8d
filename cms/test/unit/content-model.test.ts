import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import * as domain from '@sparks/shared'

const srcDir = path.resolve(import.meta.dirname, '../../src')
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'))
const schemaOf = (api: string) => readJson(path.join(srcDir, 'api', api, 'content-types', api, 'schema.json'))
const componentOf = (category: string, name: string) => readJson(path.join(srcDir, 'components', category, `${name}.json`))

// Folders with a content type (src/api/form holds only the forms' routes).
const apis = readdirSync(path.join(srcDir, 'api')).filter((api) => existsSync(path.join(srcDir, 'api', api, 'content-types')))

describe('content model', () => {
  it('has every type the platform promises, under the API ids other projects depend on', () => {
    expect(apis.sort()).toEqual([
      'api-token-usage', 'article', 'audit-entry', 'campaign', 'contact-message', 'deleted-entry', 'event', 'home-page', 'initiative', 'initiative-contributor',
      'key-figure', 'membership-application', 'newsletter-subscription', 'organisation', 'pillar', 'recommendation', 'resource', 'site-setting', 'support-service',
    ])
  })

  it('takes its enumerations from the shared package, so the site and the CMS cannot disagree', () => {
    expect(componentOf('taxonomy', 'country').attributes.code.enum).toEqual([...domain.COUNTRIES])
    expect(componentOf('taxonomy', 'language').attributes.code.enum).toEqual([...domain.LANGUAGES])
    expect(componentOf('taxonomy', 'audience').attributes.group.enum).toEqual([...domain.AUDIENCES])
    expect(componentOf('taxonomy', 'addressee').attributes.group.enum).toEqual([...domain.ADDRESSEES])
    expect(componentOf('taxonomy', 'help-audience').attributes.group.enum).toEqual([...domain.HELP_AUDIENCES])
    expect(componentOf('shared', 'contact-channel').attributes.channel.enum).toEqual([...domain.CONTACT_CHANNELS])
    expect(schemaOf('pillar').attributes.key.enum).toEqual([...domain.PILLARS])
    expect(schemaOf('initiative').attributes.fundingProgramme.enum).toEqual([...domain.FUNDING_PROGRAMMES])
    expect(schemaOf('organisation').attributes.type.enum).toEqual([...domain.ORGANISATION_TYPES])
    expect(schemaOf('resource').attributes.type.enum).toEqual([...domain.RESOURCE_TYPES])
    expect(schemaOf('event').attributes.format.enum).toEqual([...domain.EVENT_FORMATS])
    expect(schemaOf('event').attributes.attendance.enum).toEqual([...domain.EVENT_ATTENDANCE])
  })

  it('uses enum values GraphQL keeps as they are (no hyphens)', () => {
    const values = [
      ...apis.flatMap((api) => Object.values(schemaOf(api).attributes) as Array<{ enum?: string[] }>),
      ...['country', 'language', 'audience', 'addressee', 'help-audience'].flatMap((name) => Object.values(componentOf('taxonomy', name).attributes) as Array<{ enum?: string[] }>),
    ].flatMap((attribute) => attribute.enum ?? [])
    expect(values.length).toBeGreaterThan(50)
    expect(values.filter((value) => !/^[A-Z_]\w*$/i.test(value))).toEqual([])
  })

  it('publishes public types through draft & publish, localized, with a machine-translation flag', () => {
    for (const api of ['pillar', 'initiative', 'campaign', 'recommendation', 'resource', 'article', 'event', 'key-figure', 'support-service', 'home-page', 'site-setting']) {
      const schema = schemaOf(api)
      expect(schema.options.draftAndPublish, api).toBe(true)
      expect(schema.pluginOptions.i18n.localized, api).toBe(true)
      expect(schema.attributes.machineTranslated, api).toMatchObject({ type: 'boolean', pluginOptions: { i18n: { localized: true } } })
    }
  })

  it('keeps visitor submissions private in every field', () => {
    for (const api of ['newsletter-subscription', 'contact-message', 'membership-application', 'api-token-usage', 'initiative-contributor', 'audit-entry', 'deleted-entry']) {
      const schema = schemaOf(api)
      expect(schema.options.draftAndPublish, api).toBe(false)
      for (const [name, attribute] of Object.entries(schema.attributes as Record<string, { private?: boolean }>)) {
        expect(attribute.private, `${api}.${name}`).toBe(true)
      }
    }
  })

  it('keeps the editorial fields (ownership, review) out of the public API', () => {
    for (const api of ['article', 'resource', 'event', 'campaign']) expect(schemaOf(api).attributes.ownerInitiative, api).toMatchObject({ type: 'string', private: true })
    for (const api of ['initiative', 'article', 'resource', 'event', 'campaign']) {
      expect(schemaOf(api).attributes.reviewState, api).toMatchObject({ private: true })
      expect(schemaOf(api).attributes.reviewComment, api).toMatchObject({ private: true })
    }
  })

  it('never lets a key figure go without its source', () => {
    expect(schemaOf('key-figure').attributes.sourceName.required).toBe(true)
  })
})
