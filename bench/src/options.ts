import { parseArgs } from 'node:util'
import type { DataSize } from './platform.ts'

export interface BenchOptions {
  mode: 'full' | 'smoke'
  data: DataSize
  /** seconds per load measurement */
  duration: number
  connections: number
  lighthousePages: Array<'home' | 'directory' | 'initiative'>
  freshClone: boolean
  /** generate the data set even when bench/.data/ has one for this size and schema */
  freshData: boolean
  outDir: string
}

/** The full data set at scale 1 (issue 7: 2,000 initiatives, 10,000 resources and articles, 5 locales). */
export const FULL_DATA = { initiatives: 2000, resources: 5000, articles: 5000 }
const LOCALES = ['en', 'cs', 'de', 'fr', 'pl']

export const USAGE = `usage: pnpm bench [--smoke] [--scale <factor>] [--duration <s>] [--clone] [--out <dir>]
  --smoke           small data set and short loads: checks the bench runs and writes valid results (CI)
  --scale <factor>  data size relative to 2,000 initiatives and 10,000 resources and articles (default 1)
  --duration <s>    seconds per load measurement (default 10; smoke 2)
  --fresh-data      generate the data set even if bench/.data/ holds one for this size and schema
  --clone           also time a fresh git clone to a running platform (slow: installs and builds)
  --out <dir>       where results.json and results.md go (default bench/)`

export function parseOptions(argv: string[], defaultOutDir: string): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      'smoke': { type: 'boolean', default: false },
      'scale': { type: 'string' },
      'duration': { type: 'string' },
      'clone': { type: 'boolean', default: false },
      'fresh-data': { type: 'boolean', default: false },
      'out': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  })
  const scale = values.scale === undefined ? (values.smoke ? 0.005 : 1) : Number(values.scale)
  if (!(scale > 0 && scale <= 10)) throw new Error(`--scale must be a number above 0 and at most 10, not "${values.scale}"`)
  const duration = values.duration === undefined ? (values.smoke ? 2 : 10) : Number(values.duration)
  if (!(Number.isInteger(duration) && duration >= 1 && duration <= 120)) throw new Error(`--duration must be whole seconds from 1 to 120, not "${values.duration}"`)
  const sized = (count: number) => Math.max(1, Math.round(count * scale))
  return {
    mode: values.smoke ? 'smoke' : 'full',
    data: { initiatives: sized(FULL_DATA.initiatives), resources: sized(FULL_DATA.resources), articles: sized(FULL_DATA.articles), locales: values.smoke ? LOCALES.slice(0, 2) : LOCALES },
    duration,
    connections: 10,
    lighthousePages: values.smoke ? ['initiative'] : ['home', 'directory', 'initiative'],
    freshClone: values.clone,
    freshData: values['fresh-data'],
    outDir: values.out ?? defaultOutDir,
  }
}
