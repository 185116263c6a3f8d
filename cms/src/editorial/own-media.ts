import type { Core } from '@strapi/strapi'
import { attributesOf, forEachField } from '../utils/entry-fields'

/** File ids a write puts in media fields, components and dynamic zones included. */
export function mediaIdsIn(strapi: Core.Strapi, uid: string, data: Record<string, unknown>): number[] {
  const ids: number[] = []
  forEachField(strapi, attributesOf(strapi, uid), data, (_field, attribute, value) => {
    if (attribute.type !== 'media') return
    for (const item of Array.isArray(value) ? value : [value]) ids.push(Number(item && typeof item === 'object' ? (item as { id?: unknown }).id : item))
  })
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
