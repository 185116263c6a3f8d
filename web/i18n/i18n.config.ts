export default defineI18nConfig(() => ({
  // A string not yet translated shows in English rather than as its key.
  fallbackLocale: 'en',
  missingWarn: false,
  fallbackWarn: false,
}))
