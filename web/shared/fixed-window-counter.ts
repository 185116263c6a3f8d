/**
 * Attempts per key in fixed time windows (window = time divided by the window's length): one
 * rate limit's count, kept by the site's process (server/utils/rate-limit.ts) or, when the
 * site runs as several workers, by their primary (serve.ts). A later window starts afresh; an
 * attempt stamped with an earlier one counts in the current.
 */
export class FixedWindowCounter {
  #window = -1
  #counts = new Map<string, number>()

  /** One more attempt by `key` in `window`: the total so far. */
  add(window: number, key: string): number {
    if (window > this.#window) {
      this.#window = window
      this.#counts = new Map()
    }
    const total = (this.#counts.get(key) ?? 0) + 1
    this.#counts.set(key, total)
    return total
  }
}
