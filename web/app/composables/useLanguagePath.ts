/**
 * Paths in the visitor's language: the language prefix, then the path, which is the same in every
 * language. Plain string work on purpose: @nuxtjs/i18n's localePath resolves every link through
 * the router, and a list page renders dozens of links (issue 7's render budget). Links are plain
 * <a> elements for the same reason: reading pages ship no Vue, so NuxtLink adds nothing there.
 */
export function useLanguagePath() {
  const { locale } = useI18n()
  return (path: string) => `/${locale.value}${path === '/' ? '' : path}`
}
