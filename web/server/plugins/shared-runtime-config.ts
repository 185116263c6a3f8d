/**
 * One runtime config for the whole process. Nitro's `useRuntimeConfig(event)` builds a fresh copy
 * for every request, and for every internal request a page makes to /api/cms, re-reading the
 * environment key by key: made for edge platforms whose environment changes per request, and
 * about a tenth of a page render here (issue 7's profile). On a Node server the environment is
 * the process's and fixed at start, so each request gets the process-wide config Nitro already
 * built from it at start. It is frozen: code that tried to change it per request would throw
 * instead of leaking into other requests.
 */
export default defineNitroPlugin((nitroApp) => {
  const config = useRuntimeConfig()
  // Nitro's own onRequest has just made event.context.nitro; the 'request' hook runs after it.
  nitroApp.hooks.hook('request', (event) => {
    event.context.nitro.runtimeConfig ??= config
  })
})
