import type { Core } from '@strapi/strapi'
import { purgeOldMessages } from './contact'
import { purgeUnconfirmed } from './newsletter'
import { purgeOldDeletedEntries } from '../editorial/restore'

/** Hourly clean-up of what the privacy statement promises not to keep. */
export const cronTasks = {
  purgeExpiredFormData: {
    options: { rule: '17 * * * *' },
    async task({ strapi }: { strapi: Core.Strapi }) {
      const unconfirmed = await purgeUnconfirmed(strapi)
      const messages = await purgeOldMessages(strapi)
      const deleted = await purgeOldDeletedEntries(strapi)
      if (unconfirmed + messages + deleted > 0) strapi.log.info(`Deleted ${unconfirmed} unconfirmed newsletter sign-ups, ${messages} expired contact messages and ${deleted} deleted entries past their restore period.`)
    },
  },
}
