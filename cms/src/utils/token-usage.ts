import type { Core } from '@strapi/strapi'

const USAGE = 'api::api-token-usage.api-token-usage'

interface Pending {
  tokenId: number
  tokenName: string
  day: string
  requests: number
  refused: number
}

/**
 * Counts partner-token requests in memory and adds them to the day's row every few seconds, so
 * counting costs no database write per request. Platform editors see the rows in the admin
 * (Content Manager → API token usage). A crash loses at most one interval's counts.
 */
export class TokenUsageRecorder {
  private pending = new Map<string, Pending>()

  constructor(private readonly strapi: Core.Strapi, flushSeconds: number) {
    setInterval(() => void this.flush(), flushSeconds * 1000).unref()
  }

  record(token: { id: number; name: string }, allowed: boolean): void {
    const day = new Date().toISOString().slice(0, 10)
    const key = `${token.id}:${day}`
    const entry = this.pending.get(key) ?? { tokenId: token.id, tokenName: token.name, day, requests: 0, refused: 0 }
    if (allowed) entry.requests += 1
    else entry.refused += 1
    this.pending.set(key, entry)
  }

  async flush(): Promise<void> {
    const batch = [...this.pending.values()]
    this.pending = new Map()
    const rows = this.strapi.db.query(USAGE)
    for (const entry of batch) {
      try {
        const existing = await rows.findOne({ where: { tokenId: entry.tokenId, day: entry.day } })
        if (existing) {
          await rows.update({ where: { id: existing.id }, data: { requests: existing.requests + entry.requests, refused: existing.refused + entry.refused, tokenName: entry.tokenName } })
        } else {
          await rows.create({ data: entry })
        }
      } catch (error) {
        this.strapi.log.error(`Could not record API token usage: ${(error as Error).message}`)
      }
    }
  }
}
