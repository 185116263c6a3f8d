/** One value from the URL query, kept only when it is one of the allowed values. */
export function pickChoice<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined
}

/** The page number from the URL query: a positive whole number, 1 otherwise. */
export function pickPage(value: unknown): number {
  const page = Number.parseInt(typeof value === 'string' ? value : '1', 10)
  return Number.isFinite(page) && page > 0 && page < 10_000 ? page : 1
}
