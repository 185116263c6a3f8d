/** Schemes a link from the CMS may have; anything else (javascript:, data:, vbscript:, file:…) is not a link. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * A CMS-provided URL fit for an href: an absolute URL with one of the schemes above, or a path on
 * this site ("/en/help", "#section"). `undefined` for anything else, which the caller shows as
 * text. Browsers ignore tabs, newlines and leading spaces in a scheme ("java\tscript:"), so the
 * scheme is read the way URL parsing reads it, not by a prefix match.
 */
export function safeHref(url: string | null | undefined): string | undefined {
  const value = (url ?? '').trim()
  if (!value) return undefined
  if ((value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')) || value.startsWith('#')) return value
  try {
    return SAFE_SCHEMES.has(new URL(value).protocol) ? value : undefined
  } catch {
    return undefined
  }
}
