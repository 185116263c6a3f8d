import { print } from 'graphql'
import { describe, expect, it } from 'vitest'
import { queries as documents } from '@sparks/shared/graphql'
import { graphql } from '../support/clients.ts'
import { sharedDocumentCases as cases } from '../support/shared-document-cases.ts'

describe('every shared document against the real CMS, anonymously', () => {
  it('covers every document the shared package exports', () => {
    const covered = new Set(cases.map((testCase) => testCase.document))
    expect(Object.entries(documents).filter(([, document]) => !covered.has(document)).map(([name]) => name)).toEqual([])
  })

  for (const testCase of cases) {
    it(testCase.name, async () => {
      const answer = await graphql(print(testCase.document), testCase.variables)
      expect(answer.errors).toBeUndefined()
      expect(answer.status).toBe(200)
      testCase.check(answer.data)
    })
  }
})
