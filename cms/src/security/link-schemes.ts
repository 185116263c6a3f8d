import type { Core, Modules } from '@strapi/strapi'
import { errors } from '@strapi/utils'
import { attributesOf, forEachField } from '../utils/entry-fields'

/** Fields that hold a link, wherever they appear (types and components alike). */
const LINK_FIELDS = new Set(['url', 'website', 'sourceUrl', 'onlineUrl', 'registrationUrl'])
/** Schemes a visitor's browser may follow from our pages; anything else (javascript:, data:, vbscript:, file:…) is refused. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * Whether a stored link is safe to put in an href: an absolute http(s), mailto or tel URL, or a
 * path on the site itself ("/en/help"). Browsers ignore tabs, newlines and leading control
 * characters in a scheme ("java\tscript:"), so those are removed before it is read.
 */
export function isSafeLink(value: string): boolean {
  const { link, scheme } = read(value)
  if (link.startsWith('/')) return !link.startsWith('//') && !link.startsWith('/\\')
  return Boolean(scheme && SAFE_SCHEMES.has(scheme) && URL.canParse(link))
}

/** The link as a browser reads it (no whitespace or control characters) and its lower-case scheme, if any. */
function read(value: string): { link: string; scheme: string | undefined } {
  // eslint-disable-next-line no-control-regex -- control characters are what it removes
  const link = value.replace(/[\u0000-\u0020\u007F]+/g, '')
  return { link, scheme: /^([a-z][a-z0-9+.-]*:)/i.exec(link)?.[1]?.toLowerCase() }
}

/** A contact channel's value is a phone number, an address or a link: never a link of another scheme. */
const hasUnsafeScheme = (value: string) => {
  const { scheme } = read(value)
  return Boolean(scheme && !SAFE_SCHEMES.has(scheme))
}

/**
 * Every write of every type, through the admin, the API or the server itself, stores only links
 * a page can safely render (issue 13): `javascript:` and `data:` URLs are refused with 400.
 */
export function safeLinksOnly(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.action !== 'create' && context.action !== 'update') return next()
    const data = (context.params as { data?: Record<string, unknown> }).data
    if (data) {
      const unsafe: string[] = []
      forEachField(strapi, attributesOf(strapi, context.uid as string), data, (field, _attribute, value, path) => {
        if (typeof value !== 'string' || value === '') return
        if ((LINK_FIELDS.has(field) && !isSafeLink(value)) || (field === 'value' && hasUnsafeScheme(value))) unsafe.push(path)
      })
      if (unsafe.length > 0) throw new errors.ValidationError(`${unsafe.join(', ')}: a link must start with http://, https://, mailto: or tel:, or be a path on the site such as /en/help.`)
    }
    return next()
  }
}
