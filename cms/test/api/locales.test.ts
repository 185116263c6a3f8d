import { LOCALES } from '@sparks/shared'
import { describe, expect, it } from 'vitest'
import { graphql, rest } from '../support/clients.ts'

describe('languages', () => {
  it('enables the 24 official EU languages with English as the default', async () => {
    const answer = await rest('/api/i18n/locales')
    expect(answer.status).toBe(200)
    expect(answer.body.map((locale: any) => locale.code).sort()).toEqual([...LOCALES].sort())
    expect(answer.body.find((locale: any) => locale.isDefault).code).toBe('en')
  })

  it('serves published initiatives in Czech anonymously, flagging machine translations', async () => {
    const answer = await graphql(`{ initiatives(locale: "cs", pagination: { limit: 100 }) { slug name locale machineTranslated } }`)
    const initiatives = answer.data!.initiatives as Array<{ slug: string; name: string; locale: string; machineTranslated: boolean }>
    expect(initiatives.length).toBeGreaterThanOrEqual(6)
    expect(initiatives.every((initiative) => initiative.locale === 'cs')).toBe(true)
    expect(initiatives.some((initiative) => initiative.machineTranslated)).toBe(true)
    expect(initiatives.some((initiative) => !initiative.machineTranslated)).toBe(true)
  })

  it('answers an unknown locale with a clear error', async () => {
    const answer = await rest('/api/initiatives?locale=xx')
    expect(answer.status).toBe(400)
  })
})
