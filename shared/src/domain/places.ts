/** The EU-27 member states, ISO 3166-1 alpha-2. */
export const EU_COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const

/** Countries beyond the EU that initiatives in the field work in. */
export const OTHER_COUNTRIES = [
  'AL', 'BA', 'BF', 'CA', 'CH', 'CI', 'GB', 'GN', 'IS', 'ME', 'MK', 'NE', 'NO', 'RS', 'TR', 'UA', 'US',
] as const

export const COUNTRIES = [...EU_COUNTRIES, ...OTHER_COUNTRIES] as const
export type Country = (typeof COUNTRIES)[number]

/** Languages a resource, campaign or service is available in (ISO 639-1). */
export const LANGUAGES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt',
  'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'ar', 'no', 'ru', 'tr', 'uk',
] as const
export type Language = (typeof LANGUAGES)[number]
