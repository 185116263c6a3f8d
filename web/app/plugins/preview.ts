/** A preview page is for one editor: no shared cache (Nitro skips no-store answers), no index. */
export default defineNuxtPlugin(() => {
  if (!usePreviewToken()) return
  if (import.meta.server) {
    const event = useRequestEvent()
    if (event) {
      event.node.res.setHeader('cache-control', 'private, no-store')
      event.node.res.setHeader('x-robots-tag', 'noindex, nofollow')
      // Strapi shows the preview in a frame of its admin; nothing else may frame the site
      // (server/plugins/content-security-policy.ts reads this for the answer's headers).
      const adminOrigin = useRuntimeConfig().adminOrigin
      if (adminOrigin) event.context.previewFrameAncestor = new URL(adminOrigin).origin
    }
  }
  useHead({ meta: [{ name: 'robots', content: 'noindex, nofollow' }] })
})
