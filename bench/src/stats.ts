/**
 * The p-th percentile (0–100) by the nearest-rank method: the smallest sample that at least
 * p % of the samples are less than or equal to. Latencies are skewed, so no interpolation.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples')
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile must be between 0 and 100, not ${p}`)
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1] as number
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50)
}

/** Rounds for display and storage; measurements carry no more precision than this. */
export function round(value: number, digits = 1): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
