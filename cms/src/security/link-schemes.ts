import type { Core, Modules } from '@strapi/strapi'
import { errors } from '@strapi/utils'

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
  const link = value.replace(/[\u0000-\u0020\u007f]+/g, '')
  if (link.startsWith('/')) return !link.startsWith('//') && !link.startsWith('/\\')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(link)?.[1]
  return Boolean(scheme && SAFE_SCHEMES.has(`${scheme.toLowerCase()}:`) && URL.canParse(link))
}

/** A contact channel's value is a phone number, an address or a link: never a link of another scheme. */
const hasUnsafeScheme = (value: string) => {
  const link = value.replace(/[\u0000-\u0020\u007f]+/g, '')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(link)?.[1]
  return Boolean(scheme && !SAFE_SCHEMES.has(`${scheme.toLowerCase()}:`))
}

type Attributes = Record<string, { type: string; component?: string; components?: string[]; repeatable?: boolean }>

function unsafeLinks(strapi: Core.Strapi, attributes: Attributes, data: Record<string, unknown>, path: string[] = []): string[] {
  const found: string[] = []
  for (const [field, value] of Object.entries(data)) {
    const attribute = attributes[field]
    if (!attribute || value == null) continue
    const at = [...path, field].join('.')
    if (typeof value === 'string' && value !== '') {
      if ((LINK_FIELDS.has(field) && !isSafeLink(value)) || (field === 'value' && hasUnsafeScheme(value))) found.push(at)
      continue
    }
    const items = Array.isArray(value) ? value : [value]
    for (const item of items) {
      if (!item || typeof item !== 'object') continue
      const componentUid = attribute.type === 'component' ? attribute.component : attribute.type === 'dynamiczone' ? (item as { __component?: string }).__component : undefined
      const component = componentUid ? (strapi.components as unknown as Record<string, { attributes: Attributes }>)[componentUid] : undefined
      if (component) found.push(...unsafeLinks(strapi, component.attributes, item as Record<string, unknown>, [...path, field]))
    }
  }
  return found
}

/**
 * Every write of every type, through the admin, the API or the server itself, stores only links
 * a page can safely render (issue 13): `javascript:` and `data:` URLs are refused with 400.
 */
export function safeLinksOnly(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.action !== 'create' && context.action !== 'update') return next()
    const data = (context.params as { data?: Record<string, unknown> }).data
    const model = (strapi.contentTypes as unknown as Record<string, { attributes: Attributes }>)[context.uid as string]
    if (data && model) {
      const unsafe = unsafeLinks(strapi, model.attributes, data)
      if (unsafe.length > 0) throw new errors.ValidationError(`${unsafe.join(', ')}: a link must start with http://, https://, mailto: or tel:, or be a path on the site such as /en/help.`)
    }
    return next()
  }
}
