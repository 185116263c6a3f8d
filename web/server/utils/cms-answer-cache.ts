/**
 * The CMS's answers to the site's page queries, kept for a minute and shared by every page render
 * that asks the same question (same query, variables and language): a directory page requested
 * with a new query string, or the swr cache refreshing a page, renders without waiting for the
 * CMS. Requests for the same answer while it is on its way share one CMS call, so a burst of
 * visitors after a publish costs the CMS one query each, not one per visitor.
 *
 * Publishing in the CMS empties it together with the page caches (server/api/revalidate.post.ts);
 * ANSWER_TTL_MS bounds how stale an answer can be when that webhook does not arrive. Previews
 * (drafts for one editor) and failed answers are never kept.
 */
const ANSWER_TTL_MS = 60_000
/** Bounded: every filter combination and page number is its own answer. */
const MAX_ANSWERS = 2_000

interface Kept { expires: number; answer: Promise<unknown> }
const answers = new Map<string, Kept>()

export function cachedCmsAnswer<Answer>(key: string, load: () => Promise<Answer>, now = Date.now()): Promise<Answer> {
  const kept = answers.get(key)
  if (kept && kept.expires > now) return kept.answer as Promise<Answer>
  if (kept) answers.delete(key)
  while (answers.size >= MAX_ANSWERS) answers.delete(answers.keys().next().value!)
  const answer = load()
  answers.set(key, { expires: now + ANSWER_TTL_MS, answer })
  // A CMS error is not an answer: the next request asks again.
  answer.catch(() => {
    if (answers.get(key)?.answer === answer) answers.delete(key)
  })
  return answer
}

/** Forgets every answer (after a publish in the CMS). */
export function purgeCmsAnswers(): number {
  const count = answers.size
  answers.clear()
  return count
}
