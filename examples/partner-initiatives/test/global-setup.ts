import type { TestProject } from 'vitest/node'
import { bootCms } from '../../../cms/test/support/boot-cms.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string
  }
}

/** A real, seeded CMS on a throw-away database: what a partner would find at the public URL. */
export default async function setup(project: TestProject) {
  const cms = await bootCms()
  project.provide('cmsUrl', cms.url)
  return () => cms.stop()
}
