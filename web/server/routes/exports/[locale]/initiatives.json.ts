/** The initiative directory as JSON, with the filters the visitor chose (same URL parameters). */
export default defineEventHandler(async (event) => {
  const rows = await exportInitiatives(event)
  setHeader(event, 'content-disposition', 'inline; filename="sparks-initiatives.json"')
  return { count: rows.length, initiatives: rows }
})
