/** The four pillars every initiative, recommendation and resource is filed under. */
export const PILLARS = ['prevention', 'detection', 'investigation', 'victim_support'] as const
export type PillarKey = (typeof PILLARS)[number]
