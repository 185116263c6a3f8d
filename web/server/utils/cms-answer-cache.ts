/**
 * The CMS's answers to the site's page queries, kept for a minute and shared by every page render
 * that asks the same question (same query, variables and language): a directory page requested
 * with a new query string, or the swr cache refreshing a page, renders without waiting for the
 * CMS. Requests for the same answer while it is on its way share one CMS call, so a burst of
 * visitors after a publish costs the CMS one query each, not one per visitor.
 *
 * Answers are kept as the JSON text the site's /api/cms route sends, so a kept answer is neither
 * serialised again nor shared as an object two renders could change, and its size is known.
 * Publishing in the CMS empties it together with the page caches (server/api/revalidate.post.ts);
 * ANSWER_TTL_MS bounds how stale an answer can be when that webhook does not arrive. Previews
 * (drafts for one editor) and failed answers are never kept.
 */
const ANSWER_TTL_MS = 60_000
/** Bounded in count and size: every filter combination and page number is its own answer. */
const MAX_ANSWERS = 2_000
const MAX_BYTES = 32 * 2 ** 20

interface Kept { expires: number; answer: Promise<string>; bytes: number }
const answers = new Map<string, Kept>()
let totalBytes = 0

function forget(key: string): void {
  const kept = answers.get(key)
  if (!kept) return
  totalBytes -= kept.bytes
  answers.delete(key)
}

export function cachedCmsAnswer(key: string, load: () => Promise<string>, now = Date.now()): Promise<string> {
  const kept = answers.get(key)
  if (kept && kept.expires > now) return kept.answer
  forget(key)
  const answer = load()
  const entry: Kept = { expires: now + ANSWER_TTL_MS, answer, bytes: 0 }
  answers.set(key, entry)
  answer.then((text) => {
    if (answers.get(key) !== entry) return
    entry.bytes = text.length
    totalBytes += entry.bytes
    while (totalBytes > MAX_BYTES || answers.size > MAX_ANSWERS) forget(answers.keys().next().value!)
  }, () => {
    // A CMS error is not an answer: the next request asks again.
    if (answers.get(key) === entry) answers.delete(key)
  })
  return answer
}

/** Forgets every answer (after a publish in the CMS). */
export function purgeCmsAnswers(): number {
  const count = answers.size
  answers.clear()
  totalBytes = 0
  return count
}
