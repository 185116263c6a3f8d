import { describeBudget, ratioOf, withinBudget, type Budget } from './budgets.ts'
import { round } from './stats.ts'

/** One figure, measured beside its baseline in the same run. */
export interface Metric {
  /** stable key, e.g. `page.cached.throughput` */
  id: string
  label: string
  value: number
  unit: string
  baseline?: { label: string; value: number }
  budget?: Budget
  /** value / baseline */
  ratio?: number
  /** within its budget; absent when the figure has no budget */
  met?: boolean
  note?: string
}

export interface Results {
  schemaVersion: 1
  mode: 'full' | 'smoke'
  startedAt: string
  finishedAt: string
  command: string
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string }
  data: { initiatives: number; resources: number; articles: number; locales: string[] }
  metrics: Metric[]
}

/** A metric with its ratio and budget verdict filled in from its figures. */
export function metric(input: Omit<Metric, 'ratio' | 'met'>): Metric {
  const ratio = ratioOf(input.value, input.baseline?.value)
  const met = withinBudget(input.value, input.baseline?.value, input.budget)
  return { ...input, ...(ratio !== undefined ? { ratio: round(ratio, 2) } : {}), ...(met !== undefined ? { met } : {}) }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)
const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0

/** Every reason `value` is not a valid results file (empty when it is). */
export function resultProblems(value: unknown): string[] {
  const problems: string[] = []
  if (!isRecord(value)) return ['results must be an object']
  if (value.schemaVersion !== 1) problems.push('schemaVersion must be 1')
  if (value.mode !== 'full' && value.mode !== 'smoke') problems.push('mode must be "full" or "smoke"')
  for (const key of ['startedAt', 'finishedAt'] as const) {
    if (!isString(value[key]) || Number.isNaN(Date.parse(value[key]))) problems.push(`${key} must be an ISO date`)
  }
  if (!isRecord(value.data) || !isNumber(value.data.initiatives)) problems.push('data must say how many initiatives were generated')
  if (!Array.isArray(value.metrics) || value.metrics.length === 0) return [...problems, 'metrics must be a non-empty list']
  const ids = new Set<string>()
  value.metrics.forEach((entry: unknown, index) => {
    const at = `metrics[${index}]`
    if (!isRecord(entry)) return problems.push(`${at} must be an object`)
    if (!isString(entry.id)) problems.push(`${at}.id is missing`)
    else if (ids.has(entry.id)) problems.push(`${at}.id "${entry.id}" is repeated`)
    else ids.add(entry.id)
    if (!isString(entry.label)) problems.push(`${at}.label is missing`)
    if (!isNumber(entry.value)) problems.push(`${at}.value must be a finite number`)
    if (typeof entry.unit !== 'string') problems.push(`${at}.unit must be a string`)
    if (entry.baseline !== undefined && !(isRecord(entry.baseline) && isNumber(entry.baseline.value))) problems.push(`${at}.baseline must have a numeric value`)
    if (entry.budget !== undefined && typeof entry.met !== 'boolean') problems.push(`${at} has a budget but no verdict`)
    return undefined
  })
  return problems
}

const show = (value: number, unit: string) => `${Number.isInteger(value) ? value : round(value, value < 10 ? 2 : 1)}${unit ? ` ${unit}` : ''}`

/** The Markdown table: metric, value, baseline, ratio/budget, met. */
export function markdownTable(results: Results): string {
  const rows = results.metrics.map((entry) => {
    const baseline = entry.baseline ? `${show(entry.baseline.value, entry.unit)} (${entry.baseline.label})` : '–'
    const ratio = entry.ratio !== undefined ? `${entry.ratio}×` : ''
    const budget = [ratio, entry.budget ? `budget ${describeBudget(entry.budget)}` : ''].filter(Boolean).join('; ') || '–'
    const met = entry.met === undefined ? '–' : entry.met ? 'yes' : '**no**'
    const label = entry.note ? `${entry.label} <sub>${entry.note}</sub>` : entry.label
    return `| ${label} | ${show(entry.value, entry.unit)} | ${baseline} | ${budget} | ${met} |`
  })
  const budgeted = results.metrics.filter((entry) => entry.met !== undefined)
  const met = budgeted.filter((entry) => entry.met).length
  return [
    `Sparks bench, ${results.mode} run, ${results.finishedAt.slice(0, 16).replace('T', ' ')} UTC: ${results.data.initiatives} initiatives, ${results.data.resources} resources, ${results.data.articles} articles in ${results.data.locales.length} locales; ${results.machine.cpus} × ${results.machine.cpuModel}, Node ${results.machine.node}.`,
    '',
    '| metric | value | baseline | ratio / budget | met |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    `Budgets met: ${met} of ${budgeted.length}.`,
    '',
  ].join('\n')
}
