/** What the site's server answers for one CMS query: the data, and in which language it came. */
export interface CmsAnswer<Data> {
  data: Data
  locale: string
  /** true when the visitor's language had nothing and the English version is shown */
  fallback: boolean
}
