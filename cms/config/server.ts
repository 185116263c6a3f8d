import type { Core } from '@strapi/strapi'
import { requiredSecret } from '../src/utils/required-secret'

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('CMS_HOST', '127.0.0.1'),
  port: env.int('CMS_PORT', 1337),
  url: env('CMS_PUBLIC_URL', ''),
  proxy: env.bool('CMS_BEHIND_PROXY', false),
  app: {
    keys: requiredSecret('APP_KEYS', env('APP_KEYS')).split(','),
  },
})
