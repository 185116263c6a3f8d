import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { admin, asAccount } from '../support/clients.ts'
import { accountWithRole } from '../support/admin-accounts.ts'
import { mailTo, receivedMail } from '../support/mail.ts'

// Issue 13: a contributor toggling review states must not flood every platform editor with
// mails, nor shape their subject lines; the state changes and the review queue are unaffected.
const CM = '/content-manager/collection-types'
const ARTICLE = 'api::article.article'
const unique = randomUUID().slice(0, 8)
const editorEmail = `throttle-editor-${unique}@example.org`
const contributorEmail = `throttle-contributor-${unique}@example.org`
const mailbox = () => inject('mailboxUrl')

let contributor: string

beforeAll(async () => {
  await accountWithRole('Platform editor', editorEmail)
  contributor = await accountWithRole('Initiative contributor', contributorEmail)
  const users = await admin(`/admin/users?filters[email][$eq]=${encodeURIComponent(contributorEmail)}`)
  const bridge = await admin(`${CM}/api::initiative.initiative?filters[slug][$eq]=bridge&locale=en`)
  const assigned = await admin(`${CM}/api::initiative-contributor.initiative-contributor`, { method: 'POST', json: { email: contributorEmail, adminUserId: users.body.data.results[0].id, initiative: bridge.body.results[0].documentId } })
  expect(assigned.status, JSON.stringify(assigned.body)).toBe(201)
})

async function article(title: string, slug: string): Promise<string> {
  const made = await asAccount(contributor, `${CM}/${ARTICLE}?locale=en`, { method: 'POST', json: { title, slug, excerpt: 'x', body: 'x', date: '2026-11-20' } })
  expect(made.status, JSON.stringify(made.body)).toBe(201)
  return made.body.data.documentId
}

const setState = async (documentId: string, reviewState: string) =>
  (await asAccount(contributor, `${CM}/${ARTICLE}/${documentId}?locale=en`, { method: 'PUT', json: { reviewState } })).status

const reviewMailsToEditor = async () => (await receivedMail(mailbox())).filter((mail) => mail.to.includes(editorEmail) && mail.subject.startsWith('Review requested:') && mail.subject.includes(unique))

describe('review-request mails', () => {
  it('go out once per entry however often it is toggled, with a one-line, bounded subject', async () => {
    const id = await article(`Flood ${unique}\r\nBcc: victim@example.org\u0007\u202E ${'x'.repeat(200)}`, `flood-${unique}`)
    for (let round = 0; round < 4; round += 1) {
      expect(await setState(id, 'submitted')).toBe(200)
      expect(await setState(id, 'draft')).toBe(200)
    }
    expect(await setState(id, 'submitted')).toBe(200)
    const mail = await mailTo(editorEmail, new RegExp(`Review requested: "Flood ${unique}`), mailbox())
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(await reviewMailsToEditor()).toHaveLength(1)
    expect(mail.subject).not.toMatch(/[\p{Cc}\p{Cf}]/u)
    expect(mail.subject.length).toBeLessThanOrEqual('Review requested: ""'.length + 80)
    expect(mail.subject).toMatch(/^Review requested: "Flood [^"]*…"$/)
    expect((await admin(`${CM}/${ARTICLE}/${id}?locale=en`)).body.data.reviewState).toBe('submitted')
  })

  it('are capped per account and hour; every entry still reaches the review queue', async () => {
    const ids: string[] = []
    for (let index = 0; index < 11; index += 1) ids.push(await article(`Batch ${index} ${unique}`, `batch-${index}-${unique}`))
    for (const id of ids) expect(await setState(id, 'submitted')).toBe(200)
    await mailTo(editorEmail, new RegExp(`Review requested: "Batch 8 ${unique}"`), mailbox())
    await new Promise((resolve) => setTimeout(resolve, 1500))
    // The first test's entry plus nine of these: ten an hour.
    expect(await reviewMailsToEditor()).toHaveLength(10)
    const queue = await admin(`${CM}/${ARTICLE}?locale=en&pageSize=50&filters[reviewState][$eq]=submitted&_q=${unique}`)
    expect(queue.body.results.length).toBe(12)
  })
})
