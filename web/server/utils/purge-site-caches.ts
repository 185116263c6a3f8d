/**
 * Drops every cached page (Nitro's swr cache and the front copies of server/utils/page-cache.ts)
 * and every kept CMS answer (server/utils/cms-answer-cache.ts) in this process: the number of
 * pages Nitro had kept.
 */
export async function purgeSiteCaches(): Promise<number> {
  const storage = useStorage('cache')
  const keys = await storage.getKeys('nitro:routes')
  await Promise.all(keys.map((key) => storage.removeItem(key)))
  purgePageCache()
  purgeCmsAnswers()
  return keys.length
}
