/** Who an initiative, campaign or resource is for. */
export const AUDIENCES = [
  'researchers', 'policymakers', 'practitioners', 'law_enforcement', 'educators', 'health_professionals',
  'social_workers', 'tech_industry', 'parents_carers', 'children_young_people', 'general_public',
] as const
export type Audience = (typeof AUDIENCES)[number]

/** Whom a recommendation addresses. */
export const ADDRESSEES = [
  'governments', 'eu_institutions', 'law_enforcement', 'tech_companies', 'health_services',
  'educators', 'civil_society', 'researchers', 'parents_carers',
] as const
export type Addressee = (typeof ADDRESSEES)[number]

/** Whom a support service helps: the help finder's first question. */
export const HELP_AUDIENCES = [
  'victims_survivors', 'worried_about_own_thoughts', 'parents_carers', 'children_young_people', 'professionals',
] as const
export type HelpAudience = (typeof HELP_AUDIENCES)[number]
