/** Site name, EU funding disclaimer and footer text, loaded once per language. */
export function useSiteSettings() {
  return useCms('site-settings', 'SiteSettingsQuery', {})
}
