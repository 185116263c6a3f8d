import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { LOCALES } from '@sparks/shared'
import { describe, expect, it } from 'vitest'

const dir = path.resolve(import.meta.dirname, '../../i18n/locales')
const read = (code: string) => JSON.parse(readFileSync(path.join(dir, `${code}.json`), 'utf8')) as Record<string, unknown>
const flatten = (value: unknown, prefix = ''): Record<string, unknown> =>
  typeof value === 'object' && value !== null
    ? Object.assign({}, ...Object.entries(value).map(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key)))
    : { [prefix]: value }
const english = flatten(read('en'))

describe('interface translations', () => {
  it('exist for every official EU language and nothing else', () => {
    expect(readdirSync(dir).map((file) => file.replace('.json', '')).sort()).toEqual([...LOCALES].sort())
  })

  for (const code of LOCALES.filter((locale) => locale !== 'en')) {
    it(`${code}: every key, the same placeholders and plural forms, flagged machine-translated`, () => {
      const translated = flatten(read(code))
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort())
      expect(translated['meta.machineTranslated']).toBe(true)
      for (const [key, text] of Object.entries(english)) {
        if (typeof text !== 'string') continue
        const other = String(translated[key])
        for (const placeholder of new Set(text.match(/\{\w+\}/g) ?? [])) expect(other, `${code} ${key}`).toContain(placeholder)
        expect(other.split(' | ').length, `${code} ${key} plural forms`).toBe(text.split(' | ').length)
        expect(other.trim().length, `${code} ${key}`).toBeGreaterThan(0)
      }
    })
  }
})
