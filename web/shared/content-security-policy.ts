/**
 * The site's Content-Security-Policy, in one place for the server plugin and the tests.
 *
 * Pages are rendered once and cached (swr) for every visitor, so the nonce cannot be chosen at
 * render time: rendering marks the tags that need one with NONCE_PLACEHOLDER, and every response —
 * cache hits included — swaps the placeholder for a fresh random nonce
 * (server/plugins/content-security-policy.ts).
 */
export const NONCE_PLACEHOLDER = '__sparks-csp-nonce__'

/**
 * `script-src 'self' 'nonce-…'`: the entry module and its chunks are same-origin files; the only
 * inline scripts are Nuxt's import map and runtime config, which carry the nonce. No
 * 'strict-dynamic' is needed (no script comes from elsewhere) and no 'unsafe-inline' or
 * 'unsafe-eval'. Styles: the site's stylesheet is a same-origin file; any inline <style> element
 * carries the nonce (Shiki's highlighting, which also writes style attributes, is off), so no
 * 'unsafe-inline' either.
 */
export function contentSecurityPolicy(nonce?: string, options: { frameAncestor?: string } = {}): string {
  const withNonce = nonce ? ` 'nonce-${nonce}'` : ''
  return [
    "default-src 'self'",
    `script-src 'self'${withNonce}`,
    `style-src 'self'${withNonce}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    // Only an editor's preview may be framed, and only by the CMS admin (Strapi's preview panel).
    `frame-ancestors ${options.frameAncestor ?? "'none'"}`,
  ].join('; ')
}
