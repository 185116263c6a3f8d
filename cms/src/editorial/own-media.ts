import type { Core } from '@strapi/strapi'

type Attributes = Record<string, { type: string; component?: string; multiple?: boolean }>

/** File ids a write puts in media fields, components and dynamic zones included. */
export function mediaIdsIn(strapi: Core.Strapi, attributes: Attributes, data: Record<string, unknown>): number[] {
  const ids: number[] = []
  for (const [field, value] of Object.entries(data)) {
    const attribute = attributes[field]
    if (!attribute || value == null) continue
    const items = Array.isArray(value) ? value : [value]
    if (attribute.type === 'media') {
      for (const item of items) {
        const id = typeof item === 'object' && item ? (item as { id?: unknown }).id : item
        ids.push(Number(id))
      }
      continue
    }
    for (const item of items) {
      if (!item || typeof item !== 'object') continue
      const componentUid = attribute.type === 'component' ? attribute.component : attribute.type === 'dynamiczone' ? (item as { __component?: string }).__component : undefined
      const component = componentUid ? (strapi.components as unknown as Record<string, { attributes: Attributes }>)[componentUid] : undefined
      if (component) ids.push(...mediaIdsIn(strapi, component.attributes, item as Record<string, unknown>))
    }
  }
  return ids
}

/** Whether every file named was uploaded by this admin account (a contributor attaches only their own). */
export async function allUploadedBy(strapi: Core.Strapi, userId: number, ids: number[]): Promise<boolean> {
  const wanted = [...new Set(ids)]
  if (wanted.length === 0) return true
  if (!wanted.every(Number.isInteger)) return false
  const files = (await strapi.db.query('plugin::upload.file').findMany({ where: { id: { $in: wanted } }, populate: { createdBy: { select: ['id'] } } })) as Array<{ createdBy?: { id: number } | null }>
  return files.length === wanted.length && files.every((file) => file.createdBy?.id === userId)
}
