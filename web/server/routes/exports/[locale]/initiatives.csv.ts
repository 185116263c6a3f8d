/** The initiative directory as CSV, with the filters the visitor chose (same URL parameters). */
export default defineEventHandler(async (event) => {
  const rows = await exportInitiatives(event)
  setHeader(event, 'content-type', 'text/csv; charset=utf-8')
  setHeader(event, 'content-disposition', 'attachment; filename="sparks-initiatives.csv"')
  return toCsv(rows)
})
