import { receiveVisitorForm } from '../../utils/receive-visitor-form'
import { VISITOR_FORMS, type VisitorForm } from '../../utils/visitor-forms'

/** POST /api/forms/contact|join (and newsletter, through newsletter/index.post.ts). */
export default defineEventHandler((event) => {
  const form = getRouterParam(event, 'form') ?? ''
  if (!Object.hasOwn(VISITOR_FORMS, form)) throw createError({ statusCode: 404, statusMessage: 'No such form' })
  return receiveVisitorForm(event, form as VisitorForm)
})
