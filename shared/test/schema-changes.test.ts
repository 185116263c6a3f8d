import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { buildSchema, findBreakingChanges } from 'graphql'
import { describe, expect, it } from 'vitest'

const packageDir = path.resolve(import.meta.dirname, '..')
const git = (...args: string[]) => execFileSync('git', args, { cwd: packageDir, encoding: 'utf8' }).trim()

/**
 * The schema other projects build on as it was before the change under test: HEAD's version when
 * the working tree changed it, otherwise the version before the last commit that changed it.
 */
function previousSchema(): string | undefined {
  try {
    const committed = git('show', 'HEAD:shared/schema.graphql')
    const current = readFileSync(path.join(packageDir, 'schema.graphql'), 'utf8')
    if (committed !== current) return committed
    const [, before] = git('log', '--format=%H', '-n', '2', '--', 'schema.graphql').split('\n')
    return before ? git('show', `${before}:shared/schema.graphql`) : undefined
  } catch {
    return undefined // not a git checkout (a published tarball): nothing to compare with
  }
}

describe('the published schema', () => {
  it('records every breaking change in API-CHANGELOG.md', () => {
    const before = previousSchema()
    const changelog = readFileSync(path.join(packageDir, 'API-CHANGELOG.md'), 'utf8')
    const current = buildSchema(readFileSync(path.join(packageDir, 'schema.graphql'), 'utf8'))
    const breaking = before ? findBreakingChanges(buildSchema(before), current) : []
    const unrecorded = breaking.filter((change) => {
      const coordinate = change.description.match(/^(\w+(?:\.\w+)?)/)?.[1] ?? change.description
      return !changelog.includes(coordinate)
    })
    expect(unrecorded.map((change) => `${change.type}: ${change.description}`)).toEqual([])
  })

  it('tells breaking changes apart from safe ones', () => {
    const before = buildSchema('type Query { initiatives: [Initiative] } type Initiative { name: String status: String }')
    const removed = buildSchema('type Query { initiatives: [Initiative] } type Initiative { name: String }')
    const added = buildSchema('type Query { initiatives: [Initiative] } type Initiative { name: String status: String acronym: String }')
    expect(findBreakingChanges(before, removed).map((change) => change.description)).toEqual(['Initiative.status was removed.'])
    expect(findBreakingChanges(before, added)).toEqual([])
  })
})
