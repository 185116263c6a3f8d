import { randomUUID } from 'node:crypto'

/** A request id a proxy in front may set; anything else is replaced. */
const PROXY_REQUEST_ID = /^[\w.:-]{1,64}$/

/**
 * Every request the framework answers carries an id (`X-Request-Id`: the proxy's, or a new one),
 * and server errors go to the log with it and their stack, so a visitor's report or a proxy log
 * line finds the entry. Visitors only see the localized error page.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('request', (event) => {
    const given = getRequestHeader(event, 'x-request-id')
    const id = given && PROXY_REQUEST_ID.test(given) ? given : randomUUID()
    event.context.requestId = id
    setResponseHeader(event, 'x-request-id', id)
  })
  nitroApp.hooks.hook('error', (error, { event }) => {
    const { statusCode } = error as unknown as { statusCode?: number }
    if (statusCode !== undefined && statusCode < 500) return
    const id = (event?.context.requestId as string | undefined) ?? '-'
    console.error(`[sparks] ${event?.method ?? ''} ${event?.path ?? ''} request ${id}`, error)
  })
})
