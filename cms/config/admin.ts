import type { Core } from '@strapi/strapi'
import { requiredSecret } from '../src/utils/required-secret'
import { previewUrl } from '../src/editorial/preview'

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: requiredSecret('ADMIN_JWT_SECRET', env('ADMIN_JWT_SECRET')),
  },
  apiToken: {
    salt: requiredSecret('API_TOKEN_SALT', env('API_TOKEN_SALT')),
  },
  transfer: {
    token: {
      salt: requiredSecret('TRANSFER_TOKEN_SALT', env('TRANSFER_TOKEN_SALT')),
    },
  },
  secrets: {
    encryptionKey: requiredSecret('ENCRYPTION_KEY', env('ENCRYPTION_KEY')),
  },
  // Strapi's own limiter: sign-ins per e-mail, path and IP (5 per window). The failures of one
  // IP across e-mails and path spellings are counted by src/register/admin-auth-limit.ts.
  rateLimit: {
    enabled: true,
    interval: env.int('ADMIN_LOGIN_RATE_LIMIT_WINDOW_SECONDS', 5 * 60) * 1000,
    max: 5,
  },
  // "Open preview" in the Content Manager: the draft as the real site page (src/editorial/preview.ts).
  preview: {
    enabled: true,
    config: {
      allowedOrigins: [new URL(env('SITE_PUBLIC_URL', 'http://127.0.0.1:3000')).origin],
      async handler(uid: string, context: { documentId: string; locale?: string | null; status?: string }) {
        return previewUrl(strapi, uid, context)
      },
    },
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
})
