/** Funding programmes an initiative can run under. Values are GraphQL enum names, so no hyphens. */
export const FUNDING_PROGRAMMES = [
  'isf', 'horizon_europe', 'horizon_2020', 'digital', 'cerv', 'eu4health', 'erasmus_plus', 'other_eu', 'non_eu',
] as const
export type FundingProgramme = (typeof FUNDING_PROGRAMMES)[number]

export const FUNDING_PROGRAMME_LABELS: Record<FundingProgramme, string> = {
  isf: 'Internal Security Fund (ISF)',
  horizon_europe: 'Horizon Europe',
  horizon_2020: 'Horizon 2020',
  digital: 'Digital Europe (DIGITAL)',
  cerv: 'Citizens, Equality, Rights and Values (CERV)',
  eu4health: 'EU4Health',
  erasmus_plus: 'Erasmus+',
  other_eu: 'Other EU funding',
  non_eu: 'Not EU-funded',
}
