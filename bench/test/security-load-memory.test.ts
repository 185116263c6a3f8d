import { describe, expect, it } from 'vitest'
import { flatMemory } from '../src/security-load/memory.ts'

const series = (values: number[]) => values.map((mb, index) => ({ seconds: index, mb }))

describe('the load test’s "memory flat" verdict', () => {
  it('accepts memory that settles after the warm-up', () => {
    const verdict = flatMemory(series([100, 200, 300, 310, 305, 312, 308, 311, 309, 315, 310, 312]), 2, 1.25)
    expect(verdict.flat).toBe(true)
    expect(verdict.samples).toBe(10)
  })

  it('rejects memory that keeps growing with the requests', () => {
    const verdict = flatMemory(series([300, 330, 360, 390, 420, 450, 480, 510, 540, 570]), 0, 1.25)
    expect(verdict.flat).toBe(false)
    expect(verdict.ratio).toBeGreaterThan(1.25)
  })

  it('gives no verdict of flat without enough samples', () => {
    expect(flatMemory(series([100, 100, 100]), 0, 1.25).flat).toBe(false)
  })
})
