import { COUNTRIES, LANGUAGES } from '@sparks/shared'

/** Countries and languages as select options, named and sorted in the visitor's language. */
export function useChoiceOptions() {
  const { locale } = useI18n()
  const format = useFormat()
  const sorted = (options: Array<{ value: string; label: string }>) => options.sort((a, b) => a.label.localeCompare(b.label, locale.value))
  return {
    countries: computed(() => sorted(COUNTRIES.map((value) => ({ value, label: format.country(value) })))),
    languages: computed(() => sorted(LANGUAGES.map((value) => ({ value, label: format.language(value) })))),
  }
}
