import type { SeedPillar } from './types'

export const pillars: SeedPillar[] = [
  {
    key: 'prevention',
    slug: 'prevention',
    order: 1,
    name: { en: 'Prevention', cs: 'Prevence' },
    description: {
      en: 'Stopping abuse before it happens: public education and awareness, safer digital environments for children, sound legislation, and help for people who are worried they might harm a child.',
      cs: 'Zabránit zneužívání dřív, než k němu dojde: osvěta a vzdělávání veřejnosti, bezpečnější digitální prostředí pro děti, dobře nastavené zákony a pomoc lidem, kteří se obávají, že by mohli dítěti ublížit.',
    },
  },
  {
    key: 'detection',
    slug: 'detection',
    order: 2,
    name: { en: 'Detection', cs: 'Odhalování' },
    description: {
      en: 'Finding abuse and child sexual abuse material (CSAM) quickly, including online: reporting channels, detection tools, and cooperation and data sharing between organisations and countries.',
      cs: 'Rychlé odhalení zneužívání a materiálů zachycujících sexuální zneužívání dětí (CSAM), a to i na internetu: kanály pro oznamování, nástroje pro detekci a spolupráce a sdílení dat mezi organizacemi a státy.',
    },
    machineTranslated: ['cs'],
  },
  {
    key: 'investigation',
    slug: 'investigation',
    order: 3,
    name: { en: 'Investigation', cs: 'Vyšetřování' },
    description: {
      en: 'Helping police and justice systems identify victims and offenders and bring cases to court, with the training, tools and international cooperation this needs, and with care for the wellbeing of the staff who do this work.',
      cs: 'Podpora policie a justice při identifikaci obětí a pachatelů a při dovedení případů před soud: potřebné vzdělávání, nástroje a mezinárodní spolupráce i péče o duševní pohodu lidí, kteří tuto práci vykonávají.',
    },
    machineTranslated: ['cs'],
  },
  {
    key: 'victim_support',
    slug: 'victim-support',
    order: 4,
    name: { en: 'Victim support', cs: 'Podpora obětí' },
    description: {
      en: 'Care for victims and survivors that is informed by an understanding of trauma: recognising them early, responding to their needs, and accompanying them through every service they come into contact with.',
      cs: 'Péče o oběti a přeživší, která vychází z porozumění traumatu: včas je rozpoznat, reagovat na jejich potřeby a provázet je všemi službami, se kterými přijdou do styku.',
    },
  },
]
