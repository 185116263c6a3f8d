interface Entry<Value> { value: Value; bytes: number; expires: number }

/**
 * An in-memory cache with a limit on entries and on bytes, whose entries lapse at a given time.
 * Past a limit the oldest entries go first. The site's caches of pages and CMS answers use it,
 * so that no visitor can grow them without end by varying a query string.
 */
export class BoundedCache<Value> {
  readonly #entries = new Map<string, Entry<Value>>()
  #bytes = 0

  constructor(private readonly limits: { maxEntries: number; maxBytes: number }) {}

  /** The value kept under `key`, unless there is none or it has lapsed (then it is dropped). */
  get(key: string, now = Date.now()): Value | undefined {
    const entry = this.#entries.get(key)
    if (!entry) return undefined
    if (entry.expires <= now) {
      this.delete(key)
      return undefined
    }
    return entry.value
  }

  /** Keeps `value` (counted as `bytes`) until `expires`, replacing what `key` held. */
  set(key: string, value: Value, bytes: number, expires: number): void {
    this.delete(key)
    this.#entries.set(key, { value, bytes, expires })
    this.#bytes += bytes
    while (this.#entries.size > this.limits.maxEntries || this.#bytes > this.limits.maxBytes) this.delete(this.#entries.keys().next().value!)
  }

  delete(key: string): void {
    const entry = this.#entries.get(key)
    if (!entry) return
    this.#bytes -= entry.bytes
    this.#entries.delete(key)
  }

  /** Drops everything; answers how many entries there were. */
  clear(): number {
    const count = this.#entries.size
    this.#entries.clear()
    this.#bytes = 0
    return count
  }
}
