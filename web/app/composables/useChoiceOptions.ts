import { COUNTRIES, LANGUAGES } from '@sparks/shared'

interface ChoiceOption {
  value: string
  label: string
}

/**
 * The sorted lists by kind and language: the same on every render, and naming and collating a
 * list of dozens is a good part of a filter form's cost. Frozen, as every page shares them.
 */
const lists = new Map<string, readonly ChoiceOption[]>()
function sortedList(kind: string, locale: string, make: () => ChoiceOption[]): readonly ChoiceOption[] {
  const key = `${kind}:${locale}`
  let list = lists.get(key)
  if (!list) {
    const collator = new Intl.Collator(locale)
    list = Object.freeze(make().sort((a, b) => collator.compare(a.label, b.label)))
    lists.set(key, list)
  }
  return list
}

/** Countries and languages as select options, named and sorted in the visitor's language. */
export function useChoiceOptions() {
  const { locale } = useI18n()
  const format = useFormat()
  return {
    countries: computed(() => sortedList('countries', locale.value, () => COUNTRIES.map((value) => ({ value, label: format.country(value) })))),
    languages: computed(() => sortedList('languages', locale.value, () => LANGUAGES.map((value) => ({ value, label: format.language(value) })))),
  }
}
