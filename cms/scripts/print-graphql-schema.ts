// Boots the CMS on a throw-away database and writes its public GraphQL schema to
// shared/schema.graphql, the contract the site and other projects are typed against.
// Run after changing the content model: `pnpm --filter @sparks/cms schema:print`.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { bootCms } from '../test/support/boot-cms.ts'
import { fetchPublicSchema } from '../test/support/public-schema.ts'

const target = path.resolve(import.meta.dirname, '../../shared/schema.graphql')
const cms = await bootCms()
try {
  writeFileSync(target, await fetchPublicSchema(cms.url))
  console.log(`Wrote ${target}`)
} finally {
  await cms.stop()
}
process.exit(0)
