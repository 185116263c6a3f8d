import { describe, expect, it } from 'vitest'
import { markdownTable, metric, resultProblems, type Results } from '../src/results.ts'

const results = (): Results => ({
  schemaVersion: 1,
  mode: 'smoke',
  startedAt: '2026-11-23T08:00:00.000Z',
  finishedAt: '2026-11-23T08:03:00.000Z',
  command: 'pnpm bench --smoke',
  machine: { cpus: 2, cpuModel: 'test CPU', memoryGb: 8, node: '24.21.0' },
  data: { initiatives: 40, resources: 100, articles: 100, locales: ['en', 'cs'] },
  metrics: [
    metric({ id: 'page.cached.throughput', label: 'Cached page', value: 900, unit: 'req/s', baseline: { label: 'static file', value: 1000 }, budget: { kind: 'ratio-at-least', limit: 0.8 } }),
    metric({ id: 'js.home', label: 'Client JS, home', value: 61, unit: 'KB gzip', budget: { kind: 'at-most', limit: 60, unit: 'KB' } }),
    metric({ id: 'cms.boot', label: 'CMS boot', value: 3400, unit: 'ms' }),
  ],
})

describe('metrics', () => {
  it('carry their ratio and verdict, computed from their own figures', () => {
    const [cached, js, boot] = results().metrics
    expect(cached).toMatchObject({ ratio: 0.9, met: true })
    expect(js).toMatchObject({ met: false })
    expect(js).not.toHaveProperty('ratio')
    expect(boot).not.toHaveProperty('met')
  })
})

describe('results schema', () => {
  it('accepts a complete results file', () => {
    expect(resultProblems(results())).toEqual([])
    expect(resultProblems(JSON.parse(JSON.stringify(results())))).toEqual([])
  })

  it('names what is wrong with an invalid one', () => {
    const broken = results() as unknown as Record<string, unknown> & { metrics: Array<Record<string, unknown>> }
    broken.schemaVersion = 2
    broken.finishedAt = 'yesterday'
    broken.metrics[0]!.value = Number.NaN
    broken.metrics[1]!.id = 'page.cached.throughput'
    delete broken.metrics[2]!.label
    expect(resultProblems(broken)).toEqual([
      'schemaVersion must be 1',
      'finishedAt must be an ISO date',
      'metrics[0].value must be a finite number',
      'metrics[1].id "page.cached.throughput" is repeated',
      'metrics[2].label is missing',
    ])
  })

  it('wants a verdict wherever there is a budget, and at least one metric', () => {
    const withoutVerdict = results()
    delete withoutVerdict.metrics[1]!.met
    expect(resultProblems(withoutVerdict)).toEqual(['metrics[1] has a budget but no verdict'])
    expect(resultProblems({ ...results(), metrics: [] })).toContain('metrics must be a non-empty list')
    expect(resultProblems(null)).toEqual(['results must be an object'])
  })
})

describe('the Markdown table', () => {
  it('has one row per metric: value, baseline, ratio and budget, met', () => {
    const table = markdownTable(results())
    expect(table).toContain('| metric | value | baseline | ratio / budget | met |')
    expect(table).toContain('| Cached page | 900 req/s | 1000 req/s (static file) | 0.9×; budget ≥ 0.8× baseline | yes |')
    expect(table).toContain('| Client JS, home | 61 KB gzip | – | budget ≤ 60 KB | **no** |')
    expect(table).toContain('| CMS boot | 3400 ms | – | – | – |')
    expect(table).toContain('Budgets met: 1 of 2.')
  })
})
