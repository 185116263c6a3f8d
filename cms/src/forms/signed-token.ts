import { createHmac, timingSafeEqual } from 'node:crypto'

export type TokenPurpose = 'newsletter-confirm' | 'newsletter-unsubscribe' | 'preview'

interface Payload {
  /** what the link does */
  p: TokenPurpose
  /** the entry it acts on (documentId) */
  d: string
  /** expiry, in ms since the epoch; 0 = never */
  e: number
}

const sign = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('base64url')

/** A link token nobody can forge or alter without the secret: base64url(payload).signature */
export function signToken(secret: string, purpose: TokenPurpose, documentId: string, expiresAt: number): string {
  const body = Buffer.from(JSON.stringify({ p: purpose, d: documentId, e: expiresAt } satisfies Payload)).toString('base64url')
  return `${body}.${sign(secret, body)}`
}

export type TokenCheck = { ok: true; documentId: string } | { ok: false; reason: 'invalid' | 'expired' }

export function verifyToken(secret: string, purpose: TokenPurpose, token: unknown, now = Date.now()): TokenCheck {
  if (typeof token !== 'string' || token.length > 512) return { ok: false, reason: 'invalid' }
  const [body, signature, ...rest] = token.split('.')
  if (!body || !signature || rest.length > 0) return { ok: false, reason: 'invalid' }
  const expected = Buffer.from(sign(secret, body))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' }
  let payload: Partial<Payload>
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<Payload>
  } catch {
    return { ok: false, reason: 'invalid' }
  }
  if (payload.p !== purpose || typeof payload.d !== 'string' || typeof payload.e !== 'number') return { ok: false, reason: 'invalid' }
  if (payload.e !== 0 && payload.e < now) return { ok: false, reason: 'expired' }
  return { ok: true, documentId: payload.d }
}
