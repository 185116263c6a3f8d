import { DEFAULT_LOCALE, LOCALES, LOCALE_NAMES } from '@sparks/shared'

/** Headers every answer carries; a Content-Security-Policy with nonces is still to come. */
const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

/** Cached server rendering for CMS pages: served from cache, refreshed in the background. */
const cmsPage = { swr: 300 }

/**
 * Reading pages ship no Vue runtime (Nuxt's `noScripts` route rule): everything a visitor does
 * there works as plain HTML (links, the language list in <details>, GET filter forms), and quick
 * exit is the small static public/quick-exit.js. That keeps client JavaScript far below the
 * 60 KB budget (issue 7). Named one by one, so pages that need hydration (the visitor forms
 * under /newsletter, /contact, /join) keep their scripts.
 */
const readingPage = { noScripts: true }
const readingPages = Object.fromEntries([
  '/*', '/*/initiatives', '/*/initiatives/**', '/*/recommendations', '/*/campaigns', '/*/campaigns/**',
  '/*/resources', '/*/resources/**', '/*/news', '/*/news/**', '/*/events', '/*/events/**', '/*/data',
  '/*/help', '/*/about', '/*/pages/**',
].map((pattern) => [pattern, readingPage]))

export default defineNuxtConfig({
  compatibilityDate: '2026-11-01',
  devtools: { enabled: false },
  telemetry: false,
  modules: ['@nuxtjs/i18n', '@nuxt/content'],
  css: ['~/assets/css/main.css'],

  runtimeConfig: {
    // Server only: the browser never learns where the CMS is.
    cmsUrl: 'http://127.0.0.1:1337',
    cmsSiteKey: '',
    revalidateSecret: '',
    /** Form submissions per IP and window (NUXT_FORM_RATE_LIMIT, NUXT_FORM_RATE_WINDOW_SECONDS). */
    formRateLimit: 10,
    formRateWindowSeconds: 600,
    /**
     * The browser's calls to /api/cms per IP and window (NUXT_CMS_RATE_LIMIT,
     * NUXT_CMS_RATE_WINDOW_SECONDS). Pages render on the server, which is not counted; a visitor's
     * browser calls the route only when moving between pages that hydrate, a few calls each.
     */
    cmsRateLimit: 120,
    cmsRateWindowSeconds: 60,
    /**
     * Reverse proxies in front of the site (NUXT_TRUSTED_PROXY_HOPS): the visitor's IP is the
     * one that many entries from the right of X-Forwarded-For. 0 reads no X-Forwarded-For.
     */
    trustedProxyHops: 0,
    /** The older setting: NUXT_TRUST_PROXY=true means one proxy (shared/client-address.ts). */
    trustProxy: false,
    /** The CMS admin, the one place allowed to frame an editor's preview (NUXT_ADMIN_ORIGIN). */
    adminOrigin: 'http://127.0.0.1:1337',
    public: {
      siteUrl: 'http://127.0.0.1:3000',
      /** Shown in the contact form's consent; keep equal to the CMS's CONTACT_RETENTION_DAYS. */
      contactRetentionDays: 180,
    },
  },

  app: {
    head: {
      htmlAttrs: { lang: DEFAULT_LOCALE },
      meta: [
        { name: 'viewport', content: 'width=device-width, initial-scale=1' },
        { name: 'referrer', content: 'no-referrer' },
      ],
      link: [{ rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
    },
  },

  i18n: {
    strategy: 'prefix',
    defaultLocale: DEFAULT_LOCALE,
    // No language cookie: a visitor who submits nothing gets no cookie at all.
    detectBrowserLanguage: false,
    locales: LOCALES.map((code) => ({ code, language: code, name: LOCALE_NAMES[code], file: `${code}.json` })),
    baseUrl: process.env.NUXT_PUBLIC_SITE_URL ?? 'http://127.0.0.1:3000',
    vueI18n: './i18n.config.ts',
    experimental: {
      // One route per page, `/:locale(en|cs|…)/initiatives`, instead of one per page and language
      // (22 instead of 528). Vue Router builds its matcher on every server render, and 528 routes
      // made that a fifth of a page's CPU time (issue 7; nuxt-modules/i18n#690).
      compactRoutes: true,
    },
  },

  content: {
    experimental: { sqliteConnector: 'native' },
    // No syntax highlighting: Shiki writes inline <style> elements and style attributes, which
    // the Content-Security-Policy (nonce only, no 'unsafe-inline') refuses. Code stays plain.
    build: { markdown: { highlight: false } },
  },

  experimental: {
    defaults: {
      // Prefetch a linked page when the visitor shows intent, not for every link in view.
      nuxtLink: { prefetchOn: { visibility: false, interaction: true } },
    },
  },

  routeRules: {
    '/**': { headers: securityHeaders },
    '/': { redirect: { to: `/${DEFAULT_LOCALE}`, statusCode: 302 } },
    '/*/**': cmsPage,
    ...readingPages,
    '/*/search': { swr: false, cache: false, ...readingPage },
    // Forms show per-visitor outcomes; links from mails carry personal tokens: never cached or indexed.
    '/*/newsletter': { swr: false, cache: false },
    '/*/newsletter/**': { swr: false, cache: false, headers: { 'X-Robots-Tag': 'noindex' } },
    '/*/contact': { swr: false, cache: false },
    '/*/join': { swr: false, cache: false },
    '/api/**': { cache: false },
    // `/*/**` outranks `/api/**` (a dynamic segment beats any wildcard in Nitro's rule matcher), so
    // without this the CMS route ran behind Nitro's swr cache: one entry per URL in the pages'
    // cache, and its handler saw none of the request's headers (X-Forwarded-For), so its
    // per-visitor limit could not tell visitors apart. Its answers are kept by cms-answer-cache.ts.
    '/api/cms/*': { cache: false },
  },

  nitro: {
    storage: {
      // Nitro's swr page cache keeps one entry per URL, query string included, and its default
      // in-memory store never lets go of one: any visitor could grow it without limit by varying
      // a query parameter. The least recently used pages give way beyond 1,000.
      cache: { driver: 'lru-cache', max: 1000 },
    },
  },

  hooks: {
    // Load a page's code when the visitor heads there (NuxtLink prefetches on interaction),
    // not every page's code up front.
    'build:manifest': (manifest) => {
      for (const chunk of Object.values(manifest)) chunk.dynamicImports = []
    },
  },

  typescript: {
    strict: true,
    typeCheck: false,
  },
})
