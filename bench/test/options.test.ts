import { describe, expect, it } from 'vitest'
import { parseOptions } from '../src/options.ts'

describe('bench options', () => {
  it('runs the full data set by default: 2,000 initiatives, 10,000 resources and articles, 5 locales', () => {
    const options = parseOptions([], '/out')
    expect(options).toMatchObject({ mode: 'full', duration: 10, connections: 10, freshClone: false, outDir: '/out' })
    expect(options.data).toEqual({ initiatives: 2000, resources: 5000, articles: 5000, locales: ['en', 'cs', 'de', 'fr', 'pl'] })
    expect(options.lighthousePages).toEqual(['home', 'directory', 'initiative'])
  })

  it('scales the data set and keeps the smoke run small and short', () => {
    expect(parseOptions(['--scale', '0.1'], '/out').data).toMatchObject({ initiatives: 200, resources: 500, articles: 500 })
    const smoke = parseOptions(['--smoke'], '/out')
    expect(smoke).toMatchObject({ mode: 'smoke', duration: 2, lighthousePages: ['initiative'] })
    expect(smoke.data.initiatives).toBeLessThanOrEqual(50)
  })

  it('refuses nonsense instead of measuring something else', () => {
    expect(() => parseOptions(['--scale', '0'], '/out')).toThrow(/--scale/)
    expect(() => parseOptions(['--scale', 'lots'], '/out')).toThrow(/--scale/)
    expect(() => parseOptions(['--duration', '0.5'], '/out')).toThrow(/--duration/)
    expect(() => parseOptions(['--fast'], '/out')).toThrow()
  })
})
