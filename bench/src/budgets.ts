/**
 * A budget is a limit a figure must stay within (issue 7, item 3). How it is checked depends
 * on its kind; every kind compares numbers only, so the check is the same in every run.
 */
export type Budget =
  /** value / baseline ≥ limit, for throughputs (higher is better) */
  | { kind: 'ratio-at-least'; limit: number }
  /** value ≤ limit */
  | { kind: 'at-most'; limit: number; unit: string }
  /** value ≥ limit */
  | { kind: 'at-least'; limit: number; unit: string }
  /** value = baseline (e.g. statements at page size 100 = at page size 10) */
  | { kind: 'equal-to-baseline' }

export function ratioOf(value: number, baseline: number | undefined): number | undefined {
  if (baseline === undefined || baseline === 0) return undefined
  return value / baseline
}

/** Whether a figure is within its budget; undefined when it has none. */
export function withinBudget(value: number, baseline: number | undefined, budget: Budget | undefined): boolean | undefined {
  if (!budget) return undefined
  if (!Number.isFinite(value)) return false
  switch (budget.kind) {
    case 'ratio-at-least': {
      const ratio = ratioOf(value, baseline)
      return ratio !== undefined && ratio >= budget.limit
    }
    case 'at-most':
      return value <= budget.limit
    case 'at-least':
      return value >= budget.limit
    case 'equal-to-baseline':
      return baseline !== undefined && value === baseline
  }
}

/** The budget as a reader sees it in the table. */
export function describeBudget(budget: Budget | undefined): string {
  if (!budget) return '–'
  switch (budget.kind) {
    case 'ratio-at-least':
      return `≥ ${budget.limit}× baseline`
    case 'at-most':
      return `≤ ${budget.limit} ${budget.unit}`
    case 'at-least':
      return `≥ ${budget.limit}${budget.unit ? ` ${budget.unit}` : ''}`
    case 'equal-to-baseline':
      return '= baseline'
  }
}
