/**
 * Limits on the "review requested" mail, which goes to every platform editor: a contributor
 * toggling an entry's review state could otherwise flood them. One mail per entry per window,
 * and a cap per account per hour; the state change and the review queue are not affected.
 * Kept in memory: a restart forgets it, which at worst lets one more mail through.
 */
const ENTRY_WINDOW_MS = 15 * 60 * 1000
const ACCOUNT_WINDOW_MS = 60 * 60 * 1000
const accountLimit = () => {
  const configured = Number(process.env.REVIEW_MAIL_ACCOUNT_LIMIT)
  return Number.isInteger(configured) && configured > 0 ? configured : 10
}

const lastMailOfEntry = new Map<string, number>()
const mailsOfAccount = new Map<string, number[]>()

/** Whether a review-request mail for this entry, by this account, may go out now (and counts it). */
export function mayMailReviewRequest(entryKey: string, accountKey: string, now = Date.now()): boolean {
  const last = lastMailOfEntry.get(entryKey)
  if (last !== undefined && now - last < ENTRY_WINDOW_MS) return false
  const recent = (mailsOfAccount.get(accountKey) ?? []).filter((at) => now - at < ACCOUNT_WINDOW_MS)
  if (recent.length >= accountLimit()) {
    mailsOfAccount.set(accountKey, recent)
    return false
  }
  mailsOfAccount.set(accountKey, [...recent, now])
  lastMailOfEntry.set(entryKey, now)
  for (const [key, at] of lastMailOfEntry) if (now - at >= ENTRY_WINDOW_MS) lastMailOfEntry.delete(key)
  return true
}

/** A reviewer answered (changes requested, published): the entry's next submission mails again. */
export function forgetReviewRequest(entryKey: string): void {
  lastMailOfEntry.delete(entryKey)
}

const SUBJECT_TITLE_MAX = 80

/** A title fit for a mail subject: one line, no control or format characters, at most 80 characters. */
export function subjectTitle(title: string): string {
  const line = title.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu, ' ').replace(/\s+/g, ' ').trim()
  const chars = [...line]
  return chars.length > SUBJECT_TITLE_MAX ? `${chars.slice(0, SUBJECT_TITLE_MAX - 1).join('').trimEnd()}…` : line || '(untitled)'
}
