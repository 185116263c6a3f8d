/**
 * A visitor's choice to see only entries written in their language, without the English
 * fallback: `?onlyMyLanguage=1` on any list page. Read in one place, by the page (to pass it on)
 * and by the site's CMS route (to leave the fallback out).
 */
export const ONLY_MY_LANGUAGE_PARAM = 'onlyMyLanguage'

export function wantsOnlyMyLanguage(query: Record<string, unknown>): boolean {
  return query[ONLY_MY_LANGUAGE_PARAM] === '1'
}
