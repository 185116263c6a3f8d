import type { SeedResource } from './types'

export const resources: SeedResource[] = [
  {
    slug: 'voice-insights-brief',
    title: { en: 'VOICE insights brief: what parents, caregivers and children say about online safety' },
    type: 'insights_brief',
    summary: {
      en: 'An early look at how parents and caregivers see children\'s safety online, with first reflections from children themselves.',
    },
    description: {
      en: 'This brief shares preliminary findings from the VOICE project. The views of parents and caregivers are at its centre; the children\'s perspectives are only partly included, because they had not yet been collected and analysed in all participating countries when the brief was written.\n\nThe brief is meant to open the discussion ahead of the full, in-depth report, which was announced for March 2024.',
    },
    languages: ['en'],
    initiatives: ['voice'],
    pillars: ['prevention'],
    audiences: ['policymakers', 'researchers', 'practitioners'],
  },
  {
    slug: 'child-sex-offender-registries-summary',
    title: { en: 'Child sex offender registries: summary of a working paper and technical considerations' },
    type: 'policy_brief',
    summary: {
      en: 'A summary of what was learned from a working paper on (child) sex offender registries and from technical considerations for building them, ending with key recommendations.',
    },
    description: {
      en: 'The paper asks whether registries of people convicted of sexual offences against children actually prevent crime and protect children. It weighs the ethical questions raised by public as opposed to restricted access to registries.\n\nIts conclusions favour:\n\n- an approach based on **assessed risk** and shared between agencies, rather than one based only on the offence committed;\n- a **balanced, evidence-based strategy** that combines enforcement with preventive education;\n- **international cooperation**.',
    },
    languages: ['en'],
    initiatives: [],
    pillars: ['prevention', 'investigation'],
    audiences: ['policymakers', 'law_enforcement', 'researchers'],
  },
  {
    slug: 'ecpat-nspcc-survey-executive-summaries',
    title: { en: 'Child safety online and privacy: executive summaries of the 2023 ECPAT/NSPCC survey' },
    type: 'report',
    summary: {
      en: 'Summaries of a 2023 survey of more than 25,000 adults in 15 countries of the EU and the UK on how they weigh online privacy against keeping children safe from sexual abuse and exploitation.',
    },
    description: {
      en: 'ECPAT International and the NSPCC ran the survey in 2023 together with the research company Savanta.\n\nRespondents showed strong support for child safety online and for new laws against the online sexual abuse and exploitation of children that also regulate online platforms. A large majority were in favour of developing and using automated tools to detect abuse on many kinds of platforms, end-to-end encrypted services included. Most respondents also accepted that online privacy and child safety have to be balanced against each other.\n\nThe executive summaries are available in 15 languages.',
    },
    languages: ['bg', 'cs', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'hu', 'it', 'nl', 'pl', 'pt', 'sv'],
    initiatives: ['ecpat-project-beacon'],
    pillars: ['detection', 'prevention'],
    audiences: ['policymakers', 'tech_industry', 'researchers'],
  },
  {
    slug: 'ensemble-research-report',
    title: { en: 'Ensemble: sexual exploitation of children in the context of travel and transport' },
    type: 'report',
    summary: {
      en: 'Research from Burkina Faso, Côte d\'Ivoire, Guinea and Niger on how the sexual exploitation of children in travel and transport is understood locally, and how it is being addressed.',
    },
    description: {
      en: 'In the first year of the Ensemble project, ECPAT International and its partners documented local knowledge and understanding of the problem in each of the four countries, assessed existing practice and identified responses suited to local conditions. This report brings the country findings together.',
    },
    languages: ['en'],
    initiatives: ['ensemble'],
    pillars: ['prevention'],
    audiences: ['researchers', 'practitioners', 'policymakers'],
  },
  {
    slug: 'ecpat-interview-eu-proposal-de',
    title: { en: 'ECPAT International on child sexual abuse online and the EU proposal (interview, German)' },
    type: 'video',
    summary: {
      en: 'An interview, in German, in which ECPAT International gives its view on child sexual abuse online and on the European Commission\'s proposal to prevent and combat it.',
    },
    description: {
      en: 'The interview was broadcast in a media programme of the German public broadcaster MDR.',
    },
    languages: ['de'],
    initiatives: [],
    pillars: ['prevention', 'detection'],
    audiences: ['general_public', 'policymakers'],
  },
  {
    slug: 'why-online-child-protection-matters',
    title: { en: 'Why online child protection matters: ECPAT Project Beacon explains' },
    type: 'factsheet',
    summary: {
      en: 'A short explainer from ECPAT Project Beacon on why children need protection from sexual abuse online, available in seven languages.',
    },
    languages: ['en', 'fr', 'de', 'el', 'it', 'pt', 'es'],
    initiatives: ['ecpat-project-beacon'],
    pillars: ['prevention'],
    audiences: ['general_public', 'policymakers', 'parents_carers'],
  },
]
