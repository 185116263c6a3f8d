/** Server errors go to the log with their stack; visitors only see the localized error page. */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('error', (error, { event }) => {
    const { statusCode } = error as unknown as { statusCode?: number }
    if (statusCode !== undefined && statusCode < 500) return
    console.error(`[sparks] ${event?.method ?? ''} ${event?.path ?? ''}`, error)
  })
})
