import type { SeedKeyFigure } from './types'

export const keyFigures: SeedKeyFigure[] = [
  {
    key: 'ncmec-cybertipline-reports-2022',
    order: 1,
    label: {
      en: 'Reports of suspected child sexual exploitation received by the NCMEC CyberTipline',
      cs: 'Oznámení o podezření na sexuální vykořisťování dětí, která přijala linka CyberTipline centra NCMEC',
    },
    value: 32000000,
    unit: { en: 'reports', cs: 'oznámení' },
    year: 2022,
    pillar: 'detection',
    sourceName: {
      en: 'National Center for Missing & Exploited Children (NCMEC), CyberTipline data',
      cs: 'National Center for Missing & Exploited Children (NCMEC), data linky CyberTipline',
    },
    sourceUrl: 'https://www.missingkids.org/gethelpnow/cybertipline/cybertiplinedata',
    note: {
      en: 'More than 32 million reports in 2022 alone.',
      cs: 'Jen v roce 2022 přes 32 milionů oznámení.',
    },
    machineTranslated: ['cs'],
  },
  {
    key: 'statista-csam-websites',
    order: 2,
    label: {
      en: 'Documented websites with child sexual abuse material (CSAM)',
      cs: 'Zdokumentované webové stránky s materiály zachycujícími sexuální zneužívání dětí (CSAM)',
    },
    value: 255000,
    unit: { en: 'websites', cs: 'webových stránek' },
    pillar: 'detection',
    sourceName: { en: 'Statista', cs: 'Statista' },
    sourceUrl: 'https://www.statista.com',
    note: {
      en: 'More than 255,000 documented websites, as cited by the National Institute of Mental Health (NUDZ). A single site can hold from dozens to hundreds of items of abuse material.',
      cs: 'Přes 255 000 zdokumentovaných webových stránek podle údajů, které citoval Národní ústav duševního zdraví (NUDZ). Jediná stránka může obsahovat desítky až stovky materiálů zachycujících zneužívání.',
    },
    machineTranslated: ['cs'],
  },
  {
    key: 'cz-police-offences-192-193-2023',
    order: 3,
    label: {
      en: 'Offences registered by the Czech police under §§ 192 and 193 of the Criminal Code (production and other handling of child pornography; abuse of a child to produce pornography), approximate',
      cs: 'Trestné činy evidované Policií ČR podle §§ 192 a 193 trestního zákoníku (výroba a jiné nakládání s dětskou pornografií; zneužití dítěte k výrobě pornografie), přibližně',
    },
    value: 5000,
    unit: { en: 'offences', cs: 'trestných činů' },
    year: 2023,
    place: { en: 'Czechia', cs: 'Česko' },
    pillar: 'investigation',
    sourceName: {
      en: 'Police of the Czech Republic, crime statistics 2023 (as cited by NUDZ)',
      cs: 'Policie České republiky, statistika kriminality za rok 2023 (podle NUDZ)',
    },
    note: {
      en: 'Nearly 5,000 registered offences. Experts believe the real extent of the problem is considerably larger.',
      cs: 'Téměř 5 000 evidovaných trestných činů. Odborníci se domnívají, že skutečný rozsah problému je výrazně větší.',
    },
  },
  {
    key: 'cz-police-clearance-rate-192-193-2023',
    order: 4,
    label: {
      en: 'Clearance rate for offences under §§ 192 and 193 of the Czech Criminal Code',
      cs: 'Objasněnost trestných činů podle §§ 192 a 193 trestního zákoníku',
    },
    value: 44,
    unit: { en: '%', cs: '%' },
    year: 2023,
    place: { en: 'Czechia', cs: 'Česko' },
    pillar: 'investigation',
    sourceName: {
      en: 'Police of the Czech Republic, crime statistics 2023 (as cited by NUDZ)',
      cs: 'Policie České republiky, statistika kriminality za rok 2023 (podle NUDZ)',
    },
  },
  {
    key: 'bridge-survey-received-treatment',
    order: 5,
    label: {
      en: 'Respondents who use CSAM and said they had received the treatment they needed',
      cs: 'Respondenti užívající CSAM, kteří uvedli, že se jim dostalo potřebné léčby',
    },
    value: 13,
    unit: { en: '%', cs: '%' },
    pillar: 'prevention',
    sourceName: {
      en: 'BRIDGE project, anonymous international survey (as cited by NUDZ)',
      cs: 'Projekt BRIDGE, anonymní mezinárodní dotazníkové šetření (podle NUDZ)',
    },
    note: {
      en: 'Most respondents had not sought help or were afraid to.',
      cs: 'Většina respondentů pomoc nevyhledala nebo se ji bála vyhledat.',
    },
  },
  {
    key: 'ecpat-nspcc-survey-respondents-2023',
    order: 6,
    label: {
      en: 'Adults surveyed on online privacy and child protection across 15 countries of the EU and the UK',
      cs: 'Dospělí dotázaní na soukromí na internetu a ochranu dětí v 15 zemích EU a ve Spojeném království',
    },
    value: 25000,
    unit: { en: 'respondents', cs: 'respondentů' },
    year: 2023,
    place: { en: 'EU and United Kingdom', cs: 'EU a Spojené království' },
    pillar: 'detection',
    sourceName: {
      en: 'ECPAT International and NSPCC, survey conducted with Savanta (2023)',
      cs: 'ECPAT International a NSPCC, průzkum provedený se společností Savanta (2023)',
    },
    sourceUrl: 'https://ecpat.org',
    note: {
      en: 'More than 25,000 adults took part. A large majority supported the use of automated tools to detect child sexual abuse online, including in end-to-end encrypted services.',
      cs: 'Zúčastnilo se přes 25 000 dospělých. Velká většina podpořila využívání automatizovaných nástrojů k odhalování sexuálního zneužívání dětí na internetu, a to i ve službách s koncovým šifrováním.',
    },
    machineTranslated: ['cs'],
  },
]
