import { DEFAULT_LOCALE, LOCALES } from '@sparks/shared'

/**
 * lang and dir on <html>, an hreflang alternate for every language the page is written in
 * (every language, or an entry's real translations; English as x-default) and
 * og:locale, for the page being rendered. The URLs start at the site's runtime address, as the
 * canonical link does (usePageMeta), and are built by swapping the language prefix.
 */
export function useLanguageHead() {
  const { locale, localeProperties } = useI18n()
  const route = useRoute()
  const siteUrl = useRuntimeConfig().public.siteUrl.replace(/\/$/, '')
  const urlIn = (code: string) => `${siteUrl}${pathInLanguage(code, route.path)}`
  const entryLanguages = useEntryLanguages()
  // An entry's page: only the languages it is written in (a fallback copy is no alternate).
  const languages = () => entryLanguages.value[route.path] ?? LOCALES
  useHead(() => ({
    htmlAttrs: { lang: locale.value, dir: localeProperties.value.dir ?? 'ltr' },
    link: [
      { rel: 'alternate' as const, hreflang: 'x-default', href: urlIn(canonicalLanguage(languages(), DEFAULT_LOCALE)) },
      ...LOCALES.filter((code) => languages().includes(code)).map((code) => ({ rel: 'alternate' as const, hreflang: code, href: urlIn(code) })),
    ],
    // No og:locale:alternate: it tells a reader such as Facebook that this same URL serves the
    // other languages (asked for with fb_locale); here each language has a URL of its own, which
    // the hreflang links above give.
    meta: [{ property: 'og:locale', content: locale.value }],
  }))
}
