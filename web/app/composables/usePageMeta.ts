interface PageMeta {
  title: MaybeRefOrGetter<string | null | undefined>
  description?: MaybeRefOrGetter<string | null | undefined>
  type?: 'website' | 'article'
}

/** Title, description, OpenGraph and canonical URL for one page, in the visitor's language. */
export function usePageMeta(meta: PageMeta) {
  const { t, locale } = useI18n()
  const route = useRoute()
  const siteUrl = useRuntimeConfig().public.siteUrl.replace(/\/$/, '')
  const title = () => {
    const own = toValue(meta.title)
    return own ? `${own} · ${t('site.name')}` : t('site.name')
  }
  const description = () => toValue(meta.description) ?? t('site.description')
  useSeoMeta({
    title,
    description,
    ogTitle: title,
    ogDescription: description,
    ogType: meta.type ?? 'website',
    ogSiteName: () => t('site.name'),
    ogUrl: () => `${siteUrl}${route.path}`,
  })
  // A page shown in English fallback is a copy: its canonical URL is the entry's own page.
  const entryLanguages = useEntryLanguages()
  const canonicalPath = () => pathInLanguage(canonicalLanguage(entryLanguages.value[route.path], locale.value), route.path)
  useHead({ link: [{ rel: 'canonical', href: () => `${siteUrl}${canonicalPath()}` }] })
}
