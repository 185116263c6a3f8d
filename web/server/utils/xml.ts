const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/** Characters XML 1.0 does not allow at all, escaped or not: one would make a feed unreadable. */
// eslint-disable-next-line no-control-regex -- the control characters it removes
const NOT_XML = /[\u0000-\u0008\v\f\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function escapeXml(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"']/g, (character) => XML_ESCAPES[character]!)
}

export function siteUrl(): string {
  return useRuntimeConfig().public.siteUrl.replace(/\/$/, '')
}
