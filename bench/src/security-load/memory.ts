export interface RssSample {
  /** since the load began */
  seconds: number
  cmsMb: number
  siteMb: number
}

export interface MemoryVerdict {
  flat: boolean
  firstQuarterMb: number
  lastQuarterMb: number
  ratio: number
  peakMb: number
  samples: number
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits

/**
 * "Memory flat": after the warm-up (caches filling, code being compiled), the mean RSS of the
 * last quarter of the samples is at most `ratio` times the mean of the first quarter. A leak that
 * grows with requests shows up as a rising line; one that is allocated once does not.
 */
export function flatMemory(samples: Array<{ seconds: number; mb: number }>, warmUpSeconds: number, ratio: number): MemoryVerdict {
  const steady = samples.filter((sample) => sample.seconds >= warmUpSeconds && sample.mb > 0).map((sample) => sample.mb)
  if (steady.length < 4) return { flat: false, firstQuarterMb: 0, lastQuarterMb: 0, ratio: Infinity, peakMb: 0, samples: steady.length }
  const quarter = Math.floor(steady.length / 4)
  const first = mean(steady.slice(0, quarter))
  const last = mean(steady.slice(-quarter))
  return {
    flat: last <= first * ratio,
    firstQuarterMb: round(first, 1),
    lastQuarterMb: round(last, 1),
    ratio: round(last / first, 3),
    peakMb: round(Math.max(...steady), 1),
    samples: steady.length,
  }
}
