export const INITIATIVE_STATUSES = ['planned', 'ongoing', 'completed'] as const
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number]

/**
 * An initiative's status follows from its dates, so it is never stored and never stale.
 * Dates are ISO `YYYY-MM-DD`; `today` is passed in so callers and tests agree on the day.
 */
export function initiativeStatus(startDate: string | null | undefined, endDate: string | null | undefined, today: string): InitiativeStatus {
  if (startDate && startDate > today) return 'planned'
  if (endDate && endDate < today) return 'completed'
  return 'ongoing'
}
