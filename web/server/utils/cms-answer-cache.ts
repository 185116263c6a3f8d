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

const answers = new BoundedCache<Promise<string>>({ maxEntries: MAX_ANSWERS, maxBytes: MAX_BYTES })

export function cachedCmsAnswer(key: string, load: () => Promise<string>, now = Date.now()): Promise<string> {
  const kept = answers.get(key, now)
  if (kept) return kept
  const answer = load()
  const expires = now + ANSWER_TTL_MS
  // Counted as nothing while on its way; its size once it has arrived.
  answers.set(key, answer, 0, expires)
  answer.then((text) => {
    if (answers.get(key) === answer) answers.set(key, answer, text.length, expires)
  }, () => {
    // A CMS error is not an answer: the next request asks again.
    if (answers.get(key) === answer) answers.delete(key)
  })
  return answer
}

/** Forgets every answer (after a publish in the CMS). */
export function purgeCmsAnswers(): number {
  return answers.clear()
}
