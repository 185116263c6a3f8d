// A local mail server for development and tests: real SMTP in, parsed messages out over HTTP.
// `npm start` runs it beside the CMS (SMTP 1025, inbox at http://127.0.0.1:1080), and the test
// setups start one on free ports, so every mail the platform sends is really sent and read.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  id: number
  receivedAt: string
  from: string
  to: string[]
  subject: string
  text: string
  html: string
  headers: Record<string, string>
}

export interface Mailbox {
  smtpPort: number
  /** JSON inbox: GET / (HTML list), GET /messages, DELETE /messages */
  url: string
  messages: ReceivedMail[]
  close(): Promise<void>
}

const MAX_MESSAGES = 1000

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

function inboxPage(messages: ReceivedMail[]): string {
  const items = messages.slice().reverse().map((mail) => {
    // Links in the plain-text part become clickable, so a developer can follow confirmations.
    const body = escapeHtml(mail.text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)
    return `<article><h2>${escapeHtml(mail.subject)}</h2><p>To ${escapeHtml(mail.to.join(', '))} · ${mail.receivedAt}</p><pre>${body}</pre></article>`
  })
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Sparks mailbox</title>
<style>body{font:16px system-ui;max-width:48rem;margin:2rem auto}pre{white-space:pre-wrap}article{border-top:1px solid #ccc}</style>
<h1>Sparks development mailbox (${messages.length})</h1>${items.join('') || '<p>No mail yet.</p>'}</html>`
}

export async function startMailbox(options: { smtpPort?: number; httpPort?: number; host?: string } = {}): Promise<Mailbox> {
  const host = options.host ?? '127.0.0.1'
  const messages: ReceivedMail[] = []
  let nextId = 1

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 5 * 1024 * 1024,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const headers: Record<string, string> = {}
          for (const line of parsed.headerLines) headers[line.key] = line.line.slice(line.line.indexOf(':') + 1).trim()
          messages.push({
            id: nextId++,
            receivedAt: new Date().toISOString(),
            from: parsed.from?.text ?? '',
            to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            headers,
          })
          if (messages.length > MAX_MESSAGES) messages.splice(0, messages.length - MAX_MESSAGES)
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })
  await new Promise<void>((resolve, reject) => {
    smtp.on('error', reject)
    smtp.listen(options.smtpPort ?? 0, host, () => resolve())
  })

  const http: Server = createServer((request, response) => {
    if (request.url === '/messages' && request.method === 'DELETE') {
      messages.length = 0
      response.writeHead(204).end()
    } else if (request.url === '/messages') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(messages))
    } else if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(inboxPage(messages))
    } else {
      response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => http.listen(options.httpPort ?? 0, host, () => resolve()))

  const smtpPort = (smtp.server.address() as AddressInfo).port
  const httpPort = (http.address() as AddressInfo).port
  return {
    smtpPort,
    url: `http://${host}:${httpPort}`,
    messages,
    async close() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()))
      await new Promise<void>((resolve) => http.close(() => resolve()))
    },
  }
}

// Run directly (npm start): fixed ports, until stopped.
if (import.meta.url === `file://${process.argv[1]}`) {
  const smtpPort = Number(process.env.SMTP_PORT ?? 1025)
  const httpPort = Number(process.env.MAILBOX_PORT ?? 1080)
  startMailbox({ smtpPort, httpPort }).then((mailbox) => {
    console.log(`Mailbox: SMTP on 127.0.0.1:${mailbox.smtpPort}, read the mail at ${mailbox.url}`)
  }, (error: Error) => {
    console.error(`The development mailbox could not start: ${error.message}`)
    process.exit(1)
  })
}
