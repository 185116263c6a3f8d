/** Values that ship in examples and must never guard a real deployment. */
const PLACEHOLDERS = /^(|changeme|change-me|tobemodified|toBeModified\d*|secret|example|placeholder|xxx+)$/i

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
