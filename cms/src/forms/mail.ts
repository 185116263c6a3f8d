import type { Core } from '@strapi/strapi'

export interface Mail {
  to: string
  subject: string
  /** Plain text; the HTML part is the same text with its links made clickable. */
  text: string
  replyTo?: string
  headers?: Record<string, string>
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

export function textToHtml(text: string): string {
  const paragraphs = text.split(/\n{2,}/).map((paragraph) =>
    escapeHtml(paragraph).replace(/https?:\/\/[^\s<&]+(?:&amp;[^\s<&]+)*/g, (url) => `<a href="${url}">${url}</a>`).replace(/\n/g, '<br>'),
  )
  return `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`
}

/** Sends through Strapi's email plugin (nodemailer over SMTP). Throws when the server refuses. */
export async function sendMail(strapi: Core.Strapi, mail: Mail): Promise<void> {
  await strapi.plugin('email').service('email').send({
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: textToHtml(mail.text),
    ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
    ...(mail.headers ? { headers: mail.headers } : {}),
  })
}

/**
 * Sends without holding up the visitor's answer (which must not reveal whether an address is
 * known). A failure is logged for the team; the visitor can send the form again.
 */
export function sendInBackground(strapi: Core.Strapi, mail: Mail): void {
  sendMail(strapi, mail).catch((error: Error) => strapi.log.error(`Mail "${mail.subject}" to ${mail.to} failed: ${error.message}`))
}

export interface FormsConfig {
  siteUrl: string
  adminUrl: string
  teamEmail: string
  linkSecret: string
  newsletterConfirmHours: number
  contactRetentionDays: number
}

export const formsConfig = (strapi: Core.Strapi): FormsConfig => strapi.config.get('forms') as FormsConfig
