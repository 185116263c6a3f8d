/**
 * For an entry shown in a list or page: the language its text is in, when that is not the
 * page's (an entry shown in English because it has no version in the visitor's language).
 * Put it on the entry's element as `lang`, so browsers and screen readers read it as English.
 */
export function useEntryLanguage() {
  const { locale } = useI18n()
  return (entryLocale: string | null | undefined): string | undefined =>
    entryLocale && entryLocale !== locale.value ? entryLocale : undefined
}
