import type { SeedInitiative } from './types'

export const initiatives: SeedInitiative[] = [
  {
    slug: 'arica',
    acronym: 'ARICA',
    name: { en: 'ARICA', cs: 'ARICA' },
    summary: {
      en: 'The project that started Sparks in the Dark, the community website bringing together EU-funded projects and other initiatives against child sexual abuse and exploitation.',
      cs: 'Projekt, který založil Sparks in the Dark – komunitní web sdružující projekty financované EU a další iniciativy proti sexuálnímu zneužívání a vykořisťování dětí.',
    },
    description: {
      en: 'ARICA set up the Sparks in the Dark website, which was presented to the public at the Prague conference in March 2024.\n\nThe site was meant from the start to grow beyond its founder: the goal is for every EU-funded initiative in the field to take part, so that their results, reports and recommendations on prevention, detection, investigation and victim support can be found in one place.',
      cs: 'Projekt ARICA vytvořil web Sparks in the Dark, který byl veřejnosti představen na pražské konferenci v březnu 2024.\n\nWeb byl od začátku zamýšlen jako společné dílo, ne jako projekt jediného zakladatele: cílem je zapojit všechny iniciativy v této oblasti financované z EU, aby jejich výsledky, zprávy a doporučení k prevenci, odhalování, vyšetřování a podpoře obětí byly k nalezení na jednom místě.',
    },
    pillars: ['prevention', 'detection', 'investigation', 'victim_support'],
    audiences: ['researchers', 'policymakers', 'practitioners', 'general_public'],
    machineTranslated: ['cs'],
  },
  {
    slug: 'bridge',
    acronym: 'BRIDGE',
    name: { en: 'BRIDGE', cs: 'BRIDGE' },
    summary: {
      en: 'Research and anonymous online help for people who use child sexual abuse material (CSAM) and want to stop, offered in Czech among other languages.',
      cs: 'Výzkum a anonymní online pomoc pro lidi, kteří užívají materiály zachycující sexuální zneužívání dětí (CSAM) a chtějí přestat; pomoc je dostupná mimo jiné v češtině.',
    },
    description: {
      en: 'BRIDGE works with people who use CSAM. Its anonymous online programme gives them a safe place to get guidance and to find out which treatment options are open to them.\n\nAn anonymous international survey carried out by the project found that using CSAM harms users\' lives, mental health and relationships, yet most respondents had not looked for help or were afraid to. Only 13% said they had received the treatment they needed. Some respondents also described contact with children and said they feared committing a sexual offence. The project therefore sees early intervention and professional support as essential.\n\nThe Center for Sexual Health and Interventions at the National Institute of Mental Health (NUDZ) in Czechia takes part in the project.',
      cs: 'BRIDGE pracuje s lidmi, kteří užívají CSAM. Jeho anonymní online program jim nabízí bezpečné prostředí, kde mohou získat podporu a zjistit, jaké možnosti léčby mají.\n\nAnonymní mezinárodní dotazník projektu ukázal, že užívání CSAM poškozuje životy, duševní zdraví a vztahy uživatelů, přesto většina respondentů pomoc nevyhledala nebo se jí bála vyhledat. Jen 13 % uvedlo, že se jim dostalo potřebné léčby. Někteří respondenti také popsali kontakt s dětmi a obavu, že spáchají sexuálně motivovaný trestný čin. Včasnou intervenci a odbornou podporu proto projekt považuje za zásadní.\n\nNa projektu se podílí Centrum sexuálního zdraví a intervencí Národního ústavu duševního zdraví (NUDZ).',
    },
    pillars: ['prevention'],
    partners: ['nudz'],
    countries: ['CZ'],
    audiences: ['general_public', 'health_professionals', 'researchers'],
    website: 'https://www.iterapi.se/sites/bridge/lang/cs',
    featured: true,
  },
  {
    slug: 'stop-csam',
    acronym: 'STOP-CSAM',
    name: { en: 'STOP-CSAM', cs: 'STOP-CSAM' },
    summary: {
      en: 'A European prevention project that offers anonymous online help, including in Czech, to people struggling with their use of child sexual abuse material (CSAM).',
      cs: 'Evropský preventivní projekt, který nabízí anonymní online pomoc – mimo jiné v češtině – lidem, kteří se potýkají s užíváním materiálů zachycujících sexuální zneužívání dětí (CSAM).',
    },
    description: {
      en: 'STOP-CSAM gives people who use CSAM a discreet way to look for help: anonymous online self-help that explains the problem and points to treatment. The Czech version is available through Troubled Desire.\n\nThe National Institute of Mental Health (NUDZ) in Czechia is involved in the project, and STOP-CSAM took part in the Sparks in the Dark stakeholder meeting in Prague on 20 March 2024.',
      cs: 'STOP-CSAM nabízí lidem, kteří užívají CSAM, diskrétní cestu k pomoci: anonymní online svépomoc, která problém vysvětluje a odkazuje na možnosti léčby. Česká verze je dostupná na platformě Troubled Desire.\n\nNa projektu se podílí Národní ústav duševního zdraví (NUDZ) a STOP-CSAM se zúčastnil setkání partnerů Sparks in the Dark v Praze 20. března 2024.',
    },
    pillars: ['prevention'],
    partners: ['nudz'],
    countries: ['CZ'],
    audiences: ['general_public', 'health_professionals'],
  },
  {
    slug: '2ps',
    acronym: '2PS',
    name: { en: 'Prevent & Protect Through Support', cs: 'Prevent & Protect Through Support' },
    summary: {
      en: 'A European project building joint prevention strategies, online resources and better-prepared professionals to prevent child sexual abuse.',
      cs: 'Evropský projekt, který vytváří společné strategie prevence, online zdroje a lépe připravuje odborníky na předcházení sexuálnímu zneužívání dětí.',
    },
    description: {
      en: 'Prevent & Protect Through Support (2PS) concentrates on three things: coherent prevention strategies, online resources, and the readiness of the professionals who carry out prevention work.\n\nAs a member of the Sparks in the Dark community, 2PS has committed to strengthening the prevention of child sexual abuse and exploitation and to making professionals, policymakers and the wider public more aware of it. The National Institute of Mental Health (NUDZ) is a project partner and hosted the Sparks in the Dark stakeholder meeting in Prague in March 2024.',
      cs: 'Projekt Prevent & Protect Through Support (2PS) se soustředí na tři oblasti: ucelené preventivní strategie, online zdroje a připravenost odborníků, kteří prevenci v praxi zajišťují.\n\nJako člen komunity Sparks in the Dark se 2PS zavázal posilovat prevenci sexuálního zneužívání a vykořisťování dětí a zvyšovat povědomí odborníků, tvůrců politik i veřejnosti. Partnerem projektu je Národní ústav duševního zdraví (NUDZ), který v březnu 2024 hostil v Praze setkání partnerů Sparks in the Dark.',
    },
    pillars: ['prevention'],
    partners: ['nudz'],
    countries: ['CZ'],
    audiences: ['practitioners', 'policymakers', 'general_public'],
    website: 'https://2ps-project.eu/2ps-project/',
    featured: true,
  },
  {
    slug: 'protech',
    acronym: 'Protech',
    name: { en: 'Protech' },
    summary: {
      en: 'A European project working against child sexual abuse that presented its work at the Sparks in the Dark stakeholder meeting on prevention in Prague in March 2024.',
    },
    pillars: ['prevention'],
  },
  {
    slug: 'cesagram',
    acronym: 'CESAGRAM',
    name: { en: 'CESAGRAM' },
    summary: {
      en: 'A European project working against child sexual abuse and exploitation that took part in the Sparks in the Dark stakeholder meeting on prevention in Prague in March 2024.',
    },
    pillars: ['prevention'],
  },
  {
    slug: 'priority',
    name: { en: 'Priority' },
    summary: {
      en: 'A European project working against child sexual abuse and exploitation that shared its progress and challenges at the Sparks in the Dark stakeholder meeting in Prague in March 2024.',
    },
    pillars: ['prevention'],
  },
  {
    slug: 'heroes',
    acronym: 'HEROES',
    name: { en: 'HEROES' },
    summary: {
      en: 'A European project working against child sexual abuse and exploitation that joined the discussion on future cooperation at the Sparks in the Dark stakeholder meeting in Prague in March 2024.',
    },
    pillars: ['prevention'],
  },
  {
    slug: 'ecpat-project-beacon',
    name: { en: 'ECPAT Project Beacon' },
    summary: {
      en: 'ECPAT\'s work to put children\'s rights at the centre of EU digital policy and to make the case for stronger child protection online.',
    },
    description: {
      en: 'Project Beacon is ECPAT\'s effort to put children\'s rights at the heart of digital policy in the European Union. It explains why protecting children online matters and where the EU stands on child safety online.\n\nECPAT asks government officials, technology companies, professionals and caregivers to work together: to learn how child sexual abuse shows up online and which tools exist to prevent it. The aim is to protect children and strengthen them in their digital lives, not to shut them out of the internet.',
    },
    pillars: ['prevention', 'detection'],
    coordinator: 'ecpat-international',
    audiences: ['policymakers', 'tech_industry', 'practitioners', 'parents_carers'],
  },
  {
    slug: 'voice',
    acronym: 'VOICE',
    name: { en: 'VOICE', cs: 'VOICE' },
    summary: {
      en: 'Three child rights organisations listening to children and caregivers about online safety, so that their views shape policy nationally, in the EU and globally.',
      cs: 'Tři organizace hájící práva dětí naslouchají dětem a pečujícím osobám, co si myslí o bezpečí na internetu, aby jejich názory ovlivnily politiku na národní i evropské úrovni a ve světě.',
    },
    description: {
      en: 'VOICE brings together ECPAT International, Eurochild and Terre des Hommes Netherlands, the latter acting for the Down to Zero Alliance. The partners share one goal: stronger digital rights and better online safety for children.\n\nThe project gathers what children, parents and caregivers think about staying safe online and passes these insights on to decision-makers.',
      cs: 'VOICE spojuje ECPAT International, Eurochild a Terre des Hommes Netherlands, která jedná za alianci Down to Zero. Partneři mají společný cíl: silnější digitální práva dětí a větší bezpečí dětí na internetu.\n\nProjekt zjišťuje, co si děti, rodiče a další pečující osoby myslí o bezpečí na internetu, a tyto poznatky předává těm, kdo rozhodují.',
    },
    pillars: ['prevention'],
    partners: ['ecpat-international', 'eurochild', 'terre-des-hommes-netherlands'],
    audiences: ['policymakers', 'researchers', 'parents_carers'],
    featured: true,
    machineTranslated: ['cs'],
  },
  {
    slug: 'ensemble',
    name: { en: 'Ensemble', cs: 'Ensemble' },
    summary: {
      en: 'A three-year joint project (2022–2024) of ECPAT and partners in Burkina Faso, Côte d\'Ivoire, Guinea and Niger on the sexual exploitation of children in travel and transport.',
      cs: 'Tříletý společný projekt (2022–2024) sítě ECPAT a partnerů v Burkině Faso, Pobřeží slonoviny, Guineji a Nigeru zaměřený na sexuální vykořisťování dětí v souvislosti s cestováním a dopravou.',
    },
    description: {
      en: 'Ensemble brought together ECPAT International, ECPAT France and four national organisations: Keoogo (Burkina Faso), SOS Violences Sexuelles (Côte d\'Ivoire), Monde Des Enfants (Guinea) and the Association Nigérienne pour le Traitement de la Délinquance et la prévention des crimes (Niger).\n\nIn its first year, the partners researched how the sexual exploitation of children in the context of travel and transport is known and understood locally in each country, looked at current practice and identified responses adapted to local conditions. The findings are collected in a single research report.',
      cs: 'Projekt Ensemble spojil ECPAT International, ECPAT France a čtyři národní organizace: Keoogo (Burkina Faso), SOS Violences Sexuelles (Pobřeží slonoviny), Monde Des Enfants (Guinea) a Association Nigérienne pour le Traitement de la Délinquance et la prévention des crimes (Niger).\n\nV prvním roce partneři zkoumali, co se v jednotlivých zemích ví o sexuálním vykořisťování dětí v souvislosti s cestováním a dopravou a jak je tento problém chápán, posoudili dosavadní praxi a hledali reakce přizpůsobené místním podmínkám. Zjištění shrnuje jedna výzkumná zpráva.',
    },
    pillars: ['prevention'],
    partners: [
      'ecpat-international', 'ecpat-france', 'keoogo', 'sos-violences-sexuelles', 'monde-des-enfants',
      'association-nigerienne-traitement-delinquance',
    ],
    countries: ['BF', 'CI', 'GN', 'NE'],
    audiences: ['researchers', 'practitioners', 'policymakers'],
    featured: true,
    machineTranslated: ['cs'],
  },
  {
    slug: 'parafilik',
    name: { en: 'Parafilik', cs: 'Parafilik' },
    summary: {
      en: 'A Czech programme that helps people at increased risk of problematic sexual behaviour towards children.',
      cs: 'Český program pomoci lidem se zvýšeným rizikem problematického sexuálního chování vůči dětem.',
    },
    description: {
      en: 'Parafilik is one of several Czech initiatives that together aim at comprehensive prevention: support for people whose sexual interest or behaviour puts children at risk, before anyone is harmed. The latest results of the programme were presented at the Sparks in the Dark conference in Prague in March 2024.\n\nThe programme is connected with the Center for Sexual Health and Interventions at the National Institute of Mental Health (NUDZ), whose team has long experience in helping people with paraphilic tendencies and problematic sexual behaviour in Czechia.',
      cs: 'Parafilik je jednou z několika českých iniciativ, které se společně zaměřují na komplexní prevenci: podporu lidí, jejichž sexuální zájem nebo chování představuje riziko pro děti, a to dřív, než někomu ublíží. Nejnovější výsledky programu byly představeny na konferenci Sparks in the Dark v Praze v březnu 2024.\n\nProgram je spojen s Centrem sexuálního zdraví a intervencí Národního ústavu duševního zdraví (NUDZ), jehož tým má dlouholeté zkušenosti s pomocí lidem s parafilními sklony a problematickým sexuálním chováním v Česku.',
    },
    pillars: ['prevention'],
    fundingProgramme: 'non_eu',
    coordinator: 'nudz',
    countries: ['CZ'],
    audiences: ['general_public', 'health_professionals'],
    website: 'https://www.parafilik.cz',
  },
]
