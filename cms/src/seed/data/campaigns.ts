import type { SeedCampaign } from './types'

export const campaigns: SeedCampaign[] = [
  {
    slug: 'child-safety-online-in-the-eu',
    title: { en: 'Child safety online in the EU' },
    summary: {
      en: 'ECPAT invites governments, technology companies, professionals and caregivers to learn about the risks children face online and to use the tools that exist to prevent sexual abuse.',
    },
    description: {
      en: 'Digital technology is now part of every child\'s life. It brings friendship, learning and creativity, but people who intend to harm children also use it, and much of this abuse happens out of sight of the adults around them.\n\nThis campaign starts from a simple idea: protecting children online is a shared responsibility, and it does not mean cutting them off from the internet. It asks those who shape children\'s digital lives to:\n\n- **understand** how child sexual abuse and exploitation shows up online;\n- **know the tools** that can prevent it and protect children;\n- **act together**, so that children can enjoy the benefits of the internet safely.',
    },
    initiatives: ['ecpat-project-beacon'],
    audiences: ['policymakers', 'tech_industry', 'practitioners', 'parents_carers'],
    callToAction: {
      label: { en: 'Read more from ECPAT International' },
      url: 'https://ecpat.org',
    },
  },
  {
    slug: 'united-for-child-safety',
    title: { en: 'United for child safety: join the Sparks community' },
    summary: {
      en: 'An open call to projects and organisations working against child sexual abuse and exploitation to share their results on one common platform instead of starting from scratch.',
    },
    description: {
      en: 'Millions of euros of EU funding go into research, technology, training and other action against child sexual abuse and exploitation. Much of what these projects produce is hard to find, so its value is easily lost.\n\nThe Sparks community wants to change that. Initiatives present their outcomes, reports, news and campaigns side by side, from prevention and detection to investigation and care for victims and survivors, and build on one another\'s work.\n\nIf your initiative works in this field, you are welcome to join, contribute content and help keep the platform running.',
    },
    initiatives: ['arica'],
    audiences: ['researchers', 'policymakers', 'practitioners'],
  },
]
