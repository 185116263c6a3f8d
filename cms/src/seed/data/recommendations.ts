import type { SeedRecommendation } from './types'

export const recommendations: SeedRecommendation[] = [
  // Prevention
  {
    key: 'prevention-public-health-investment',
    pillar: 'prevention',
    order: 1,
    isKey: true,
    addressees: ['governments', 'health_services'],
    initiatives: [],
    statement: {
      en: 'Put prevention first when investing in public health, and reach the whole community: people at risk of committing child sexual abuse, people who have experienced abuse, and people who have abused others.',
      cs: 'Při investicích do veřejného zdraví dávat přednost prevenci a oslovit celou společnost: lidi, u nichž hrozí, že se sexuálního zneužití dítěte dopustí, lidi, kteří zneužívání sami zažili, i lidi, kteří už někoho zneužili.',
    },
    rationale: {
      en: 'Abuse that is prevented leaves no victim. Prevention works best when it does not stop at potential victims but also includes those who might harm a child.',
      cs: 'Zneužívání, kterému se předejde, nemá žádnou oběť. Prevence funguje nejlépe, když se nezastaví u potenciálních obětí, ale zahrne i ty, kdo by mohli dítěti ublížit.',
    },
  },
  {
    key: 'prevention-criminalise-online-offences',
    pillar: 'prevention',
    order: 2,
    isKey: true,
    addressees: ['governments'],
    initiatives: [],
    statement: {
      en: 'Make every form of online child sexual exploitation and abuse a criminal offence, in line with recognised international frameworks, while taking care not to criminalise children themselves.',
      cs: 'Zákonem stanovit jako trestné všechny formy sexuálního vykořisťování a zneužívání dětí na internetu v souladu s uznávanými mezinárodními rámci a zároveň dbát na to, aby nebyly kriminalizovány samotné děti.',
    },
    rationale: {
      en: 'Clear and consistent laws across countries close gaps that offenders can exploit, and protecting children from criminalisation keeps the law on their side.',
      cs: 'Jasné a jednotné zákony napříč zeměmi uzavírají mezery, které mohou pachatelé zneužít, a ochrana dětí před kriminalizací zajišťuje, že zákon stojí na jejich straně.',
    },
  },
  {
    key: 'prevention-awareness-campaign',
    pillar: 'prevention',
    order: 3,
    isKey: true,
    addressees: ['governments', 'civil_society'],
    initiatives: [],
    statement: {
      en: 'Run a communication and education campaign on child sexual abuse and online harms, designed by media professionals who know how to convey difficult messages on many platforms and to many groups of people.',
      cs: 'Vést komunikační a vzdělávací kampaň o sexuálním zneužívání dětí a o škodách na internetu, kterou navrhnou mediální odborníci se zkušenostmi s předáváním obtížných sdělení na různých platformách a různým skupinám lidí.',
    },
    rationale: {
      en: 'The subject is hard to talk about. Messages only raise awareness if they are made for the people and channels they are meant to reach.',
      cs: 'O tomto tématu se mluví těžko. Sdělení zvýší povědomí jen tehdy, když jsou vytvořena pro lidi a kanály, na které mají dosáhnout.',
    },
  },
  // Detection
  {
    key: 'detection-legal-barriers-cooperation',
    pillar: 'detection',
    order: 4,
    isKey: true,
    addressees: ['governments', 'eu_institutions', 'law_enforcement'],
    initiatives: [],
    statement: {
      en: 'Find out which legal obstacles keep law enforcement agencies from working together and sharing data across borders, and create common mechanisms that organisations can use to overcome them.',
      cs: 'Zjistit, které právní překážky brání orgánům činným v trestním řízení ve spolupráci a sdílení dat přes hranice, a vytvořit společné mechanismy, s jejichž pomocí je organizace mohou překonat.',
    },
    rationale: {
      en: 'Online abuse does not stop at national borders, so the response to it cannot stop there either.',
      cs: 'Zneužívání na internetu se nezastaví na státních hranicích, a proto se tam nesmí zastavit ani reakce na ně.',
    },
    machineTranslated: ['cs'],
  },
  {
    key: 'detection-share-victim-hash-sets',
    pillar: 'detection',
    order: 5,
    isKey: true,
    addressees: ['law_enforcement', 'civil_society'],
    initiatives: [],
    statement: {
      en: 'Share hash sets relating to known victims regularly between organisations and jurisdictions, so that victim identification databases stay current.',
      cs: 'Pravidelně sdílet sady hashů vztahujících se ke známým obětem mezi organizacemi a jurisdikcemi, aby databáze pro identifikaci obětí zůstávaly aktuální.',
    },
    rationale: {
      en: 'Without global coordination, the same work is done again and again in different places. Sharing hash sets saves that effort and lets teams concentrate on children who have not yet been identified.',
      cs: 'Bez celosvětové koordinace se stejná práce opakuje na různých místech znovu a znovu. Sdílení sad hashů tuto námahu ušetří a týmy se mohou soustředit na děti, které ještě nebyly identifikovány.',
    },
    machineTranslated: ['cs'],
  },
  {
    key: 'detection-staff-wellbeing',
    pillar: 'detection',
    order: 6,
    isKey: true,
    addressees: ['law_enforcement', 'governments'],
    initiatives: [],
    statement: {
      en: 'Put in place practical, end-to-end wellbeing programmes for officers and staff who work on child sexual abuse cases, using technology to limit their exposure to distressing material and defining points at which each person is proactively checked on and supported.',
      cs: 'Zavést proveditelné a ucelené programy péče o duševní pohodu policistů a dalších pracovníků, kteří se zabývají případy sexuálního zneužívání dětí, využít technologie k omezení jejich kontaktu se zatěžujícím materiálem a stanovit okamžiky, kdy se každému z nich aktivně nabídne posouzení a podpora.',
    },
    rationale: {
      en: 'The people who review abuse material carry a heavy load. Protecting their health also protects the quality and continuity of their work.',
      cs: 'Lidé, kteří posuzují materiály zachycující zneužívání, nesou velkou zátěž. Ochrana jejich zdraví chrání i kvalitu a kontinuitu jejich práce.',
    },
    machineTranslated: ['cs'],
  },
  // Victim support
  {
    key: 'victim-support-trauma-led-model-survivor-networks',
    pillar: 'victim_support',
    order: 7,
    isKey: true,
    addressees: ['governments', 'health_services', 'civil_society'],
    initiatives: [],
    statement: {
      en: 'Build a trauma-led model for responding to online harm, drawing on existing survivor networks wherever possible to learn how victims experience the system.',
      cs: 'Vytvořit model reakce na škody způsobené na internetu, který vychází z porozumění traumatu, a kde je to možné, opřít se o existující sítě přeživších, aby bylo zřejmé, jak oběti systém prožívají.',
    },
    rationale: {
      en: 'Survivors know best where support helped them and where it failed them.',
      cs: 'Přeživší nejlépe vědí, kde jim podpora pomohla a kde selhala.',
    },
    machineTranslated: ['cs'],
  },
  {
    key: 'victim-support-common-victim-categories',
    pillar: 'victim_support',
    order: 8,
    isKey: true,
    addressees: ['law_enforcement', 'health_services', 'civil_society', 'governments'],
    initiatives: [],
    statement: {
      en: 'Agree on shared categories of victims and make them widely known, so that victims are recognised correctly and every service can adapt its response to what they need.',
      cs: 'Dohodnout se na společných kategoriích obětí a široce je zveřejnit, aby byly oběti správně rozpoznány a každá služba mohla svou reakci přizpůsobit tomu, co potřebují.',
    },
    machineTranslated: ['cs'],
  },
  {
    key: 'victim-support-map-victim-journey',
    pillar: 'victim_support',
    order: 9,
    isKey: true,
    addressees: ['governments', 'health_services', 'law_enforcement', 'civil_society'],
    initiatives: [],
    statement: {
      en: 'Map the path a victim takes after online harm and the main points where they meet services, and use this map as the basis of a trauma-led response.',
      cs: 'Zmapovat cestu, kterou oběť po újmě na internetu prochází, a hlavní místa, kde se setkává se službami, a tuto mapu použít jako základ reakce vycházející z porozumění traumatu.',
    },
    rationale: {
      en: 'Each contact with police, health or social services can either help a victim recover or cause further harm. Knowing where these contacts happen shows where to improve.',
      cs: 'Každý kontakt s policií, zdravotnictvím nebo sociálními službami může oběti pomoci se zotavit, nebo jí dále ublížit. Znalost míst, kde k těmto kontaktům dochází, ukazuje, co je třeba zlepšit.',
    },
  },
  // From the sex offender registries paper (not one of the key recommendations)
  {
    key: 'prevention-risk-based-offender-management',
    pillar: 'prevention',
    order: 10,
    isKey: false,
    addressees: ['governments', 'law_enforcement'],
    sourceResource: 'child-sex-offender-registries-summary',
    initiatives: [],
    statement: {
      en: 'Base the management of people convicted of sexual offences against children on an assessment of risk shared by several agencies, not on the offence alone, and combine enforcement with preventive education and international cooperation.',
      cs: 'Zakládat práci s lidmi odsouzenými za sexuální trestné činy vůči dětem na posouzení rizika, na kterém se podílí více institucí, nikoli jen na spáchaném činu, a spojovat vymáhání práva s preventivní osvětou a mezinárodní spoluprací.',
    },
    rationale: {
      en: 'The paper questions whether registries built only on the offence committed are effective at preventing crime and protecting children.',
      cs: 'Studie zpochybňuje, zda registry založené pouze na spáchaném činu účinně předcházejí trestné činnosti a chrání děti.',
    },
  },
]
