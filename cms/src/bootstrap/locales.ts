import type { Core } from '@strapi/strapi'
import { DEFAULT_LOCALE, LOCALES } from '@sparks/shared'

/** The English names Strapi's admin shows for each locale. */
const ADMIN_LOCALE_NAMES: Record<string, string> = {
  bg: 'Bulgarian (bg)', cs: 'Czech (cs)', da: 'Danish (da)', de: 'German (de)', el: 'Greek (el)',
  en: 'English (en)', es: 'Spanish (es)', et: 'Estonian (et)', fi: 'Finnish (fi)', fr: 'French (fr)',
  ga: 'Irish (ga)', hr: 'Croatian (hr)', hu: 'Hungarian (hu)', it: 'Italian (it)', lt: 'Lithuanian (lt)',
  lv: 'Latvian (lv)', mt: 'Maltese (mt)', nl: 'Dutch (nl)', pl: 'Polish (pl)', pt: 'Portuguese (pt)',
  ro: 'Romanian (ro)', sk: 'Slovak (sk)', sl: 'Slovenian (sl)', sv: 'Swedish (sv)',
}

/** Enables the 24 official EU languages, English first and default. Safe to run on every boot. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const localeService = strapi.plugin('i18n').service('locales')
  const existing: Array<{ code: string }> = await localeService.find()
  const codes = new Set(existing.map((locale) => locale.code))
  for (const code of LOCALES) {
    if (!codes.has(code)) await localeService.create({ code, name: ADMIN_LOCALE_NAMES[code] ?? code })
  }
  if ((await localeService.getDefaultLocale()) !== DEFAULT_LOCALE) {
    await localeService.setDefaultLocale({ code: DEFAULT_LOCALE })
  }
}
