// Boots the CMS (already compiled into cms/dist by the suite's global setup) in this process, on
// the database its environment names, and prints "CMS_URL <url>". Run by cms-process.ts as a
// separate process: a second CMS beside the suite's one, or one the crash test can kill -9.
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

const require = createRequire(import.meta.url)
const { compileStrapi, createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi')

const appDir = path.resolve(import.meta.dirname, '../..')
// SPARKS_COMPILE=true compiles the TypeScript first (when no suite's global setup did).
const context = process.env.SPARKS_COMPILE === 'true' ? await compileStrapi({ appDir }) : { appDir, distDir: path.join(appDir, 'dist') }
const strapi = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load()
await strapi.listen()
const { port } = strapi.server.httpServer.address() as AddressInfo
console.log(`CMS_URL http://127.0.0.1:${port}`)
process.on('SIGTERM', () => {
  strapi.destroy().then(() => process.exit(0), () => process.exit(1))
})
