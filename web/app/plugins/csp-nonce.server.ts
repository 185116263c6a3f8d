import { NONCE_PLACEHOLDER } from '#shared/content-security-policy'

/**
 * Marks every <script> and <style> the page's head renders (Nuxt's import map and runtime
 * config, JSON-LD, inline styles) with the nonce placeholder. The marking works on unhead's tag
 * objects, not on HTML text, so text from the CMS can never gain a nonce. The server swaps the
 * placeholder for a fresh nonce on each response (server/plugins/content-security-policy.ts).
 */
export default defineNuxtPlugin({
  name: 'sparks:csp-nonce',
  enforce: 'pre',
  setup(nuxtApp) {
    nuxtApp.ssrContext?.head.hooks?.hook('ssr:render', ({ tags }) => {
      for (const tag of tags) {
        if (tag.tag === 'script' || tag.tag === 'style') tag.props.nonce = NONCE_PLACEHOLDER
      }
    })
  },
})
