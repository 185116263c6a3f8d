import type { Core } from '@strapi/strapi'
import { checkOptionalSecrets, requiredSecret } from '../src/utils/required-secret'
import { cronTasks } from '../src/forms/cron-tasks'

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  // A production boot also stops on a placeholder SITE_API_KEY or WEB_REVALIDATE_SECRET (both optional).
  checkOptionalSecrets((name) => env(name))
  return {
    host: env('CMS_HOST', '127.0.0.1'),
    port: env.int('CMS_PORT', 1337),
    url: env('CMS_PUBLIC_URL', ''),
    proxy: env.bool('CMS_BEHIND_PROXY', false),
    cron: { enabled: env.bool('CRON_ENABLED', true), tasks: cronTasks },
    app: {
      keys: requiredSecret('APP_KEYS', env('APP_KEYS')).split(','),
    },
  }
}
