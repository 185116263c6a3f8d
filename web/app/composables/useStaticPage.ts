/** Loads a page written in @nuxt/content (content/<locale>/<slug>.md) through the site's server. */
export async function useStaticPage(slug: string) {
  const { locale } = useI18n()
  const { data } = await useAsyncData(`page:${slug}:${locale.value}`, () => $fetch(`/api/pages/${locale.value}/${slug}`))
  if (!data.value) throw createError({ statusCode: 404, statusMessage: 'Page not found', fatal: true })
  return data
}
