import { describe, expect, it } from 'vitest'
import { median, percentile, round } from '../src/stats.ts'

describe('percentile (nearest rank)', () => {
  it('takes the smallest sample that p % of the samples are at or below', () => {
    const samples = Array.from({ length: 100 }, (_, index) => 100 - index) // 100 … 1, unsorted order
    expect(percentile(samples, 50)).toBe(50)
    expect(percentile(samples, 95)).toBe(95)
    expect(percentile(samples, 100)).toBe(100)
    expect(percentile(samples, 0)).toBe(1)
  })

  it('does not interpolate between samples, so a slow tail stays visible', () => {
    expect(percentile([1, 2, 3, 1000], 95)).toBe(1000)
    expect(percentile([1, 2, 3, 1000], 75)).toBe(3)
    expect(median([5, 1, 3])).toBe(3)
  })

  it('leaves the samples as they were', () => {
    const samples = [3, 1, 2]
    percentile(samples, 50)
    expect(samples).toEqual([3, 1, 2])
  })

  it('refuses no samples and percentiles outside 0–100', () => {
    expect(() => percentile([], 50)).toThrow(/no samples/)
    expect(() => percentile([1], 101)).toThrow(/between 0 and 100/)
    expect(() => percentile([1], Number.NaN)).toThrow(/between 0 and 100/)
  })

  it('rounds to the given digits', () => {
    expect(round(12.345, 1)).toBe(12.3)
    expect(round(0.125, 2)).toBe(0.13)
  })
})
