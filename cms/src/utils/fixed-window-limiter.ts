export interface LimitDecision {
  allowed: boolean
  remaining: number
  /** seconds until the client's window starts again */
  retryAfter: number
}

/**
 * Counts requests per client in fixed windows, in memory: enough for one CMS process. Old
 * windows are dropped as time moves on, so memory stays bounded by the clients of one window.
 */
export class FixedWindowLimiter {
  private window = 0
  private counts = new Map<string, number>()

  constructor(private readonly windowMs: number, private readonly now: () => number = Date.now) {}

  hit(client: string, limit: number): LimitDecision {
    const time = this.now()
    const window = Math.floor(time / this.windowMs)
    if (window !== this.window) {
      this.window = window
      this.counts = new Map()
    }
    const count = (this.counts.get(client) ?? 0) + 1
    this.counts.set(client, count)
    const retryAfter = Math.max(1, Math.ceil(((window + 1) * this.windowMs - time) / 1000))
    return { allowed: count <= limit, remaining: Math.max(0, limit - count), retryAfter }
  }
}
