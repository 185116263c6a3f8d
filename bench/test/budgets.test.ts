import { describe, expect, it } from 'vitest'
import { describeBudget, withinBudget } from '../src/budgets.ts'

describe('budget evaluation', () => {
  it('compares a throughput with its baseline as a ratio', () => {
    const budget = { kind: 'ratio-at-least', limit: 0.8 } as const
    expect(withinBudget(80, 100, budget)).toBe(true)
    expect(withinBudget(79.9, 100, budget)).toBe(false)
    expect(withinBudget(500, 100, budget)).toBe(true)
    // without a baseline there is no ratio, so it cannot be met
    expect(withinBudget(80, undefined, budget)).toBe(false)
    expect(withinBudget(80, 0, budget)).toBe(false)
  })

  it('checks upper and lower limits inclusively', () => {
    expect(withinBudget(100, undefined, { kind: 'at-most', limit: 100, unit: 'ms' })).toBe(true)
    expect(withinBudget(100.1, undefined, { kind: 'at-most', limit: 100, unit: 'ms' })).toBe(false)
    expect(withinBudget(98, undefined, { kind: 'at-least', limit: 98, unit: '' })).toBe(true)
    expect(withinBudget(97, undefined, { kind: 'at-least', limit: 98, unit: '' })).toBe(false)
  })

  it('wants statements at page size 100 equal to those at 10', () => {
    expect(withinBudget(11, 11, { kind: 'equal-to-baseline' })).toBe(true)
    expect(withinBudget(423, 87, { kind: 'equal-to-baseline' })).toBe(false)
    expect(withinBudget(10, 11, { kind: 'equal-to-baseline' })).toBe(false)
  })

  it('never counts a broken figure as met, and has no verdict without a budget', () => {
    expect(withinBudget(Number.NaN, undefined, { kind: 'at-most', limit: 60, unit: 'KB' })).toBe(false)
    expect(withinBudget(Number.POSITIVE_INFINITY, 1, { kind: 'ratio-at-least', limit: 0.8 })).toBe(false)
    expect(withinBudget(5, 1, undefined)).toBeUndefined()
  })

  it('describes each budget for the table', () => {
    expect(describeBudget({ kind: 'ratio-at-least', limit: 0.8 })).toBe('≥ 0.8× baseline')
    expect(describeBudget({ kind: 'at-most', limit: 60, unit: 'KB' })).toBe('≤ 60 KB')
    expect(describeBudget({ kind: 'equal-to-baseline' })).toBe('= baseline')
    expect(describeBudget(undefined)).toBe('–')
  })
})
