import type { Core } from '@strapi/strapi'
import { errors } from '@strapi/utils'

type RequestInfo = (ctx: unknown, id?: string) => Promise<unknown>

/**
 * The Content Manager's relation picker answers an account that may not read the field with
 * `return ctx.forbidden()` inside a helper whose result its callers destructure: a 500 for every
 * refused picker (a contributor opening a field they may not see). Refused is a 403.
 */
export function refuseRelationPickersWith403(strapi: Core.Strapi): void {
  const relations = strapi.plugin('content-manager').controller('relations') as unknown as { extractAndValidateRequestInfo?: RequestInfo }
  const original = relations.extractAndValidateRequestInfo
  if (!original) throw new Error('content-manager relations controller changed: extractAndValidateRequestInfo is gone; review relation-picker-refusal.ts')
  relations.extractAndValidateRequestInfo = async function (this: unknown, ctx, id) {
    const info = await original.call(this, ctx, id)
    if (info === undefined) throw new errors.ForbiddenError('This account may not read this relation.')
    return info
  }
}
