/**
 * The languages the entry a page shows really has (its own locale and its published
 * translations), by page path. `useCmsEntry` sets it; the head reads it: hreflang alternates
 * name only real translations, and a page shown in English fallback has the English page as its
 * canonical URL. Pages that are not one entry's are in every language.
 */
export const useEntryLanguages = () => useState<Record<string, string[]>>('entry-languages', () => ({}))

/** Where a page's canonical URL points: itself, or the entry's own language when it is a fallback copy. */
export function canonicalLanguage(languages: readonly string[] | undefined, current: string): string {
  if (!languages?.length || languages.includes(current)) return current
  return languages.includes('en') ? 'en' : languages[0]!
}
