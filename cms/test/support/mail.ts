import { inject } from 'vitest'
import type { ReceivedMail } from '../../scripts/mailbox.mts'

export type { ReceivedMail }

/** Every mail the local SMTP server has received so far. */
export async function receivedMail(mailboxUrl = inject('mailboxUrl')): Promise<ReceivedMail[]> {
  const response = await fetch(`${mailboxUrl}/messages`)
  return (await response.json()) as ReceivedMail[]
}

/** Waits (up to 15 s) for a mail to this address whose subject matches. */
export async function mailTo(address: string, subject: RegExp, mailboxUrl = inject('mailboxUrl')): Promise<ReceivedMail> {
  for (let attempt = 0; attempt < 75; attempt += 1) {
    const mail = (await receivedMail(mailboxUrl)).find((message) => message.to.includes(address.toLowerCase()) && subject.test(message.subject))
    if (mail) return mail
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`No mail to ${address} with a subject matching ${subject} arrived within 15 s.`)
}

/** The first link in a mail's text that contains the given path. */
export function linkIn(mail: ReceivedMail, pathPart: string): URL {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((url) => url.includes(pathPart))
  if (!link) throw new Error(`The mail "${mail.subject}" has no link to ${pathPart}:\n${mail.text}`)
  return new URL(link)
}
