import type { Core } from '@strapi/strapi'

export interface Attribute { type: string; component?: string; multiple?: boolean; repeatable?: boolean }
export type Attributes = Record<string, Attribute>
type Visit = (field: string, attribute: Attribute, value: unknown, path: string) => void

/**
 * Walks the fields a write sets, into components (repeatable or not) and dynamic zones, calling
 * `visit` for every field the schema knows with its value and dotted path. Fields the schema does
 * not have are skipped (the document service refuses them itself).
 */
export function forEachField(strapi: Core.Strapi, attributes: Attributes, data: Record<string, unknown>, visit: Visit, path: string[] = []): void {
  for (const [field, value] of Object.entries(data)) {
    const attribute = attributes[field]
    if (!attribute || value == null) continue
    visit(field, attribute, value, [...path, field].join('.'))
    if (attribute.type !== 'component' && attribute.type !== 'dynamiczone') continue
    for (const item of Array.isArray(value) ? value : [value]) {
      if (!item || typeof item !== 'object') continue
      const componentUid = attribute.type === 'component' ? attribute.component : (item as { __component?: string }).__component
      const component = componentUid ? (strapi.components as unknown as Record<string, { attributes: Attributes }>)[componentUid] : undefined
      if (component) forEachField(strapi, component.attributes, item as Record<string, unknown>, visit, [...path, field])
    }
  }
}

/** The attributes of a content type, by uid (empty for an unknown uid). */
export const attributesOf = (strapi: Core.Strapi, uid: string): Attributes =>
  (strapi.contentTypes as unknown as Record<string, { attributes: Attributes } | undefined>)[uid]?.attributes ?? {}
