/** Names of countries and languages and dates, in the visitor's language, from the platform's own Intl data. */
export function useFormat() {
  const { locale } = useI18n()
  const regions = computed(() => new Intl.DisplayNames([locale.value], { type: 'region' }))
  const languages = computed(() => new Intl.DisplayNames([locale.value], { type: 'language' }))
  return {
    country: (code: string) => regions.value.of(code) ?? code,
    language: (code: string) => languages.value.of(code) ?? code,
    date: (iso: string | null | undefined) => (iso ? new Intl.DateTimeFormat(locale.value, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso)) : ''),
    dateTime: (iso: string, timeZone: string, allDay = false) =>
      new Intl.DateTimeFormat(
        locale.value,
        allDay
          ? { dateStyle: 'long', timeZone }
          : { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' },
      ).format(new Date(iso)),
    number: (value: number) => new Intl.NumberFormat(locale.value).format(value),
  }
}
