/** Values that ship in examples and must never guard a real deployment. */
const PLACEHOLDERS = /^(?:change-?me|tobemodified\d*|secret|example|placeholder|x{3,})?$/i

/**
 * Reads a secret from the environment. In production a missing or placeholder value stops the
 * CMS at boot, so a deployment can never run on a guessable key; in development and tests the
 * start script has already written fresh random values to `.env`.
 */
export function requiredSecret(name: string, value: string | undefined, nodeEnv = process.env.NODE_ENV): string {
  const trimmed = (value ?? '').trim()
  const parts = trimmed.split(',').map((part) => part.trim())
  const unsafe = parts.some((part) => PLACEHOLDERS.test(part) || part.length < 16)
  if (unsafe && nodeEnv === 'production') {
    throw new Error(`${name} is missing or a placeholder. Set it to a long random value before starting in production (see README, "Secrets").`)
  }
  return trimmed
}

/**
 * Secrets the CMS can run without (no site: no forms, no cache purge) but must never run on a
 * guessable value once they are set: SITE_API_KEY opens the forms and lifts the rate limit,
 * WEB_REVALIDATE_SECRET lets the CMS purge the site's cache.
 */
export const OPTIONAL_SECRETS = ['SITE_API_KEY', 'WEB_REVALIDATE_SECRET'] as const

export function checkOptionalSecrets(read: (name: string) => string | undefined, nodeEnv = process.env.NODE_ENV): void {
  for (const name of OPTIONAL_SECRETS) {
    const value = read(name)
    if (value !== undefined && value !== '') requiredSecret(name, value, nodeEnv)
  }
}
