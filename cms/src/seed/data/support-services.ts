import { EU_COUNTRIES } from '@sparks/shared'
import type { Country, Language } from '@sparks/shared'
import type { SeedSupportService } from './types'

const allEuCountries: Country[] = [...EU_COUNTRIES]

/** The official EU languages: each national line answers in its country's language(s). */
const euOfficialLanguages: Language[] = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr',
  'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
]

export const supportServices: SeedSupportService[] = [
  {
    slug: 'child-helplines-116-111',
    order: 1,
    name: { en: '116 111 — child helplines', cs: '116 111 — linky pomoci pro děti' },
    description: {
      en: 'For children and young people who need someone to talk to, including about something that has happened to them or that is worrying them. 116 111 is the same number for child helplines in every EU country and calling it is free. It connects you to the national child helpline of the country you call from.\n\nIf a child is in immediate danger, call the emergency number 112.',
      cs: 'Pro děti a mladé lidi, kteří si potřebují s někým promluvit, i o tom, co se jim stalo nebo co je trápí. 116 111 je stejné číslo linek pomoci pro děti ve všech zemích EU a volání je zdarma. Spojí vás s národní linkou pomoci pro děti v zemi, odkud voláte.\n\nPokud je dítě v bezprostředním nebezpečí, volejte tísňovou linku 112.',
    },
    helpAudiences: ['children_young_people', 'victims_survivors'],
    countries: allEuCountries,
    languages: euOfficialLanguages,
    channels: [{ channel: 'phone', value: '116 111' }],
    free: true,
    machineTranslated: ['cs'],
  },
  {
    slug: 'missing-children-hotlines-116-000',
    order: 2,
    name: { en: '116 000 — missing children hotlines', cs: '116 000 — linky pro pohřešované děti' },
    description: {
      en: 'For parents, carers and anyone else whose child has gone missing or who has information about a missing child, and for children who have run away. 116 000 is the same free number in every EU country and connects you to the national hotline for missing children of the country you call from.\n\nIf a child is in immediate danger, call the emergency number 112.',
      cs: 'Pro rodiče, pečující osoby a další lidi, jejichž dítě se pohřešuje nebo kteří mají o pohřešovaném dítěti informace, i pro děti, které utekly z domova. 116 000 je stejné bezplatné číslo ve všech zemích EU a spojí vás s národní linkou pro pohřešované děti v zemi, odkud voláte.\n\nPokud je dítě v bezprostředním nebezpečí, volejte tísňovou linku 112.',
    },
    helpAudiences: ['parents_carers', 'children_young_people'],
    countries: allEuCountries,
    languages: euOfficialLanguages,
    channels: [{ channel: 'phone', value: '116 000' }],
    free: true,
    machineTranslated: ['cs'],
  },
  {
    slug: 'troubled-desire',
    order: 3,
    name: { en: 'Troubled Desire — online self-help', cs: 'Troubled Desire — online svépomoc' },
    description: {
      en: 'For people who are worried about their sexual interest in children, including people who have viewed child sexual abuse material (CSAM) and want to stop. Troubled Desire is an anonymous online self-help programme: you do not need to give your name, and you can use it at your own pace to understand what you are experiencing and to find out where treatment is available. Reaching out is a responsible step that protects children.',
      cs: 'Pro lidi, kteří mají obavy ze svého sexuálního zájmu o děti, včetně lidí, kteří sledovali materiály zachycující sexuální zneužívání dětí (CSAM) a chtějí přestat. Troubled Desire je anonymní online svépomocný program: nemusíte uvádět své jméno a můžete jím procházet vlastním tempem, lépe porozumět tomu, co prožíváte, a zjistit, kde je dostupná léčba. Vyhledat pomoc je odpovědný krok, který chrání děti.',
    },
    helpAudiences: ['worried_about_own_thoughts'],
    countries: ['CZ'],
    languages: ['cs'],
    channels: [
      {
        channel: 'self_help',
        value: 'https://troubled-desire.com/cs/svepomoc',
        label: { en: 'Online self-help (in Czech)', cs: 'Online svépomoc v češtině' },
      },
    ],
    anonymous: true,
    url: 'https://troubled-desire.com/cs/svepomoc',
    initiative: 'stop-csam',
  },
  {
    slug: 'bridge-online-help',
    order: 4,
    name: { en: 'BRIDGE — anonymous online help', cs: 'BRIDGE — anonymní online pomoc' },
    description: {
      en: 'For people who use child sexual abuse material (CSAM) and want to stop. The BRIDGE online programme is anonymous and offers a safe space, guidance and information about treatment options. Asking for help early can prevent harm to children and to your own life.',
      cs: 'Pro lidi, kteří užívají materiály zachycující sexuální zneužívání dětí (CSAM) a chtějí přestat. Online program BRIDGE je anonymní a nabízí bezpečné prostředí, podporu a informace o možnostech léčby. Včas vyhledaná pomoc může zabránit tomu, aby bylo ublíženo dětem, a ochránit i váš vlastní život.',
    },
    helpAudiences: ['worried_about_own_thoughts'],
    countries: ['CZ'],
    languages: ['cs'],
    channels: [
      {
        channel: 'website',
        value: 'https://www.iterapi.se/sites/bridge/lang/cs',
        label: { en: 'Online programme (in Czech)', cs: 'Online program v češtině' },
      },
    ],
    anonymous: true,
    url: 'https://www.iterapi.se/sites/bridge/lang/cs',
    initiative: 'bridge',
  },
  {
    slug: 'parafilik',
    order: 5,
    name: { en: 'Parafilik', cs: 'Parafilik' },
    description: {
      en: 'For people in Czechia who are at risk of problematic sexual behaviour towards children, for example because of a sexual interest in children that worries them. The Parafilik programme offers professional help so that no child is harmed.',
      cs: 'Pro lidi v Česku, u nichž hrozí problematické sexuální chování vůči dětem, například proto, že je znepokojuje jejich sexuální zájem o děti. Program Parafilik nabízí odbornou pomoc, aby žádné dítě nepřišlo k újmě.',
    },
    helpAudiences: ['worried_about_own_thoughts'],
    countries: ['CZ'],
    languages: ['cs'],
    channels: [
      {
        channel: 'website',
        value: 'https://www.parafilik.cz',
        label: { en: 'Parafilik website (in Czech)', cs: 'Web programu Parafilik' },
      },
    ],
    url: 'https://www.parafilik.cz',
    initiative: 'parafilik',
  },
]
