import type { SeedArticle } from './types'

export const articles: SeedArticle[] = [
  {
    slug: 'sparks-in-the-dark-launch',
    date: '2024-03-20',
    initiatives: ['arica'],
    pillars: ['prevention', 'detection', 'investigation', 'victim_support'],
    title: {
      en: 'Sparks in the Dark launches: one place for the work against child sexual abuse and exploitation',
      cs: 'Startuje Sparks in the Dark: jedno místo pro práci proti sexuálnímu zneužívání a vykořisťování dětí',
    },
    excerpt: {
      en: 'A new community platform, presented at a conference in Prague in March 2024, gathers EU-funded projects and other initiatives against child sexual abuse and exploitation and makes their results easier to find.',
      cs: 'Nová komunitní platforma, představená na konferenci v Praze v březnu 2024, sdružuje projekty financované EU a další iniciativy proti sexuálnímu zneužívání a vykořisťování dětí a usnadňuje hledání jejich výsledků.',
    },
    body: {
      en: `In line with the European Commission's strategy, the EU funds a wide range of initiatives against child sexual abuse and exploitation (CSAE): new technologies, training for professionals and action on many different aspects of the problem. Money alone is not enough, though. When the findings and tools these projects produce are scattered, the people who could use them do not find them, and new projects start from zero instead of building on earlier ones.

**Sparks in the Dark** was created to fill that gap. The community platform was presented at the conference *Sparks in the Dark: United for Child Safety*, held in Prague from 18 to 21 March 2024, where EU-funded projects met to exchange experience.

## What the platform does

- It links important initiatives in the field and shows what they do. EU-funded projects are at its core, but other significant initiatives are included too.
- It covers the whole response to CSAE, from **prevention and detection** to **investigation** and **help for victims and survivors**.
- It brings together reports, news and campaigns from many organisations, so that professionals, policymakers and the public can see them side by side.

## Who is behind it

The website was started by the ARICA project. The long-term aim is for all EU-funded initiatives in the field to take part and form a strong community. Projects and organisations that want to contribute can join the Sparks community, and the platform relies on support from its members to keep running and growing.

## Why it matters

The scale of the problem is large and still growing. In 2022 alone, the CyberTipline of the US National Center for Missing & Exploited Children (NCMEC) received more than 32 million reports about suspected sexual exploitation of children. Fast-moving technology creates new risks for children and makes it easier for offenders to avoid detection. More figures, each with its source, are on our data page.`,
      cs: `V souladu se strategií Evropské komise financuje EU celou řadu iniciativ proti sexuálnímu zneužívání a vykořisťování dětí: nové technologie, vzdělávání odborníků i opatření zaměřená na různé stránky problému. Samotné peníze však nestačí. Když jsou poznatky a nástroje, které projekty vytvářejí, roztříštěné, lidé, kteří by je mohli využít, je nenajdou a nové projekty začínají od nuly, místo aby stavěly na těch předchozích.

Proto vznikla platforma **Sparks in the Dark**. Komunitní web byl představen na konferenci *Sparks in the Dark: United for Child Safety*, která se konala v Praze od 18. do 21. března 2024 a na které si projekty financované EU vyměňovaly zkušenosti.

## Co platforma nabízí

- Propojuje významné iniciativy v oboru a ukazuje, na čem pracují. Jádrem jsou projekty financované EU, zahrnuje však i další důležité iniciativy.
- Pokrývá celou reakci na sexuální zneužívání a vykořisťování dětí: **prevenci, odhalování, vyšetřování a podporu obětí a přeživších**.
- Shromažďuje zprávy, novinky a kampaně mnoha organizací, aby je odborníci, tvůrci politik i veřejnost měli na jednom místě.

## Kdo za ní stojí

Web založil projekt ARICA. Dlouhodobým cílem je, aby se zapojily všechny iniciativy v této oblasti financované z EU a vytvořily silnou komunitu. Projekty a organizace, které chtějí přispět, se mohou připojit ke komunitě Sparks; na podpoře svých členů platforma závisí i při dalším provozu a rozvoji.

## Proč na tom záleží

Problém je rozsáhlý a dál roste. Jen v roce 2022 přijala linka CyberTipline amerického Národního centra pro pohřešované a zneužívané děti (NCMEC) přes 32 milionů oznámení o podezření na sexuální vykořisťování dětí. Rychle se vyvíjející technologie přinášejí dětem nová rizika a pachatelům usnadňují, aby unikli odhalení. Další údaje, vždy s uvedením zdroje, najdete na stránce s daty.`,
    },
  },
  {
    slug: 'prague-stakeholder-meeting',
    date: '2024-03-20',
    initiatives: ['2ps', 'bridge', 'stop-csam', 'protech', 'cesagram', 'priority', 'heroes'],
    pillars: ['prevention'],
    title: {
      en: 'Projects meet in Prague to strengthen the prevention of child sexual abuse',
      cs: 'Projekty se sešly v Praze, aby posílily prevenci sexuálního zneužívání dětí',
    },
    excerpt: {
      en: 'At the Sparks in the Dark stakeholder meeting hosted by the National Institute of Mental Health (NUDZ), EU-funded projects presented their work and looked for ways to cooperate.',
      cs: 'Na setkání partnerů Sparks in the Dark, které hostil Národní ústav duševního zdraví (NUDZ), představily projekty financované EU svou práci a hledaly cesty ke spolupráci.',
    },
    body: {
      en: `On 20 March 2024 the National Institute of Mental Health (NUDZ) hosted the stakeholder meeting of the *Sparks in the Dark: United for Child Safety* conference in Prague. The meeting was open to external stakeholders, and its theme was how to improve the prevention of child sexual abuse.

Representatives of **BRIDGE, STOP-CSAM, Protech, CESAGRAM, Priority and HEROES** took part alongside **2PS**.

- **Morning:** each project presented its work, including what it had achieved and the challenges that are best tackled together.
- **Afternoon:** the experts discussed recent developments in the field, possible synergies and ideas for future initiatives.

Participants described the discussions as productive, and the level of expertise and commitment in the room was high. As a member of the Sparks in the Dark community, 2PS committed to strengthening the prevention of child sexual abuse and exploitation and to making professionals, policymakers and the wider public more aware of it. A problem that crosses borders needs a response that does the same.`,
      cs: `Dne 20. března 2024 hostil Národní ústav duševního zdraví (NUDZ) v Praze setkání partnerů v rámci konference *Sparks in the Dark: United for Child Safety*. Setkání bylo otevřené i pro externí zájemce a jeho tématem bylo, jak zlepšit prevenci sexuálního zneužívání dětí.

Vedle projektu **2PS** se ho zúčastnili zástupci projektů **BRIDGE, STOP-CSAM, Protech, CESAGRAM, Priority a HEROES**.

- **Dopoledne** každý projekt představil svou práci, včetně dosažených výsledků a výzev, které je nejlepší řešit společně.
- **Odpoledne** odborníci diskutovali o novém vývoji v oboru, o možných synergiích a o námětech na budoucí iniciativy.

Účastníci hodnotili diskuse jako přínosné a úroveň odbornosti i nasazení byla vysoká. Jako člen komunity Sparks in the Dark se projekt 2PS zavázal posilovat prevenci sexuálního zneužívání a vykořisťování dětí a zvyšovat povědomí odborníků, tvůrců politik i veřejnosti. Problém, který překračuje hranice, vyžaduje reakci, která je překračuje také.`,
    },
    machineTranslated: ['cs'],
  },
  {
    slug: 'bridge-survey-few-receive-treatment',
    date: '2024-03-19',
    initiatives: ['bridge', 'stop-csam', '2ps', 'parafilik'],
    pillars: ['prevention'],
    title: {
      en: 'BRIDGE survey: few people who use CSAM get the help they need',
    },
    excerpt: {
      en: 'Only 13% of respondents to an anonymous international survey by the BRIDGE project said they had received the treatment they needed. Researchers at NUDZ call for early intervention, not repression alone.',
    },
    body: {
      en: `The National Institute of Mental Health (NUDZ) shared findings from the BRIDGE project when announcing the *Sparks in the Dark: United for Child Safety* conference in Prague. The Czech projects involved were presented to the press on 19 March 2024.

## What the survey found

The project ran an anonymous international survey among people who use child sexual abuse material (CSAM). Respondents said that this use damages their lives, their mental health and their relationships. Even so, most of them had not looked for help or were afraid to do so, and **only 13% said they had received the treatment they needed**. Some also described contact with children and said they were afraid of committing a sexual offence.

For the researchers, this shows that using CSAM can come before other serious offences, and that early intervention and professional support are therefore essential.

## Why repression alone is not enough

Prevention and awareness-raising aimed at children and families remain important, but the experts at the Center for Sexual Health and Interventions of the National Institute of Mental Health (NUDZ) stress that work with people who might offend is needed too. The centre is involved in three European prevention projects, **BRIDGE, STOP-CSAM and 2PS**, and in Czechia these complement national programmes such as **Parafilik**:

- 2PS works on joint strategies, online resources and the preparedness of professionals;
- STOP-CSAM and BRIDGE offer anonymous online help directly to people who use CSAM, giving them a safe space and guidance towards treatment.

Thousands of people around the world, Czech speakers among them, have already turned to these services. If you are worried about your own sexual thoughts about children, see our **Get help** page.`,
    },
  },
  {
    slug: 'ecpat-nspcc-survey-results',
    date: '2024-03-20',
    initiatives: ['ecpat-project-beacon'],
    pillars: ['detection', 'prevention'],
    title: {
      en: 'Survey of more than 25,000 adults in the EU and the UK shows strong support for protecting children online',
    },
    excerpt: {
      en: 'A 2023 survey by ECPAT International and the NSPCC, carried out with Savanta in 15 countries of the EU and the UK, found broad backing for new laws and for tools that detect child sexual abuse online.',
    },
    body: {
      en: `In 2023 ECPAT International and the NSPCC, working with the research company Savanta, asked more than 25,000 adults in 15 countries of the EU and the UK how they understand and weigh two goals: keeping their own lives private online, and keeping children safe from sexual abuse and exploitation there.

## Main results

- Support for child safety online was strong and consistent.
- Respondents wanted new laws against the sexual abuse and exploitation of children online, and wanted these laws to cover online platforms too.
- A large majority supported developing and using automated tools that detect child sexual abuse and exploitation on many kinds of platforms, end-to-end encrypted services included.
- Most respondents recognised that privacy and child safety online have to be balanced against each other.

Executive summaries of the survey are available in the resource library in 15 European languages.`,
    },
  },
  {
    slug: 'voice-insights-brief',
    date: '2024-03-20',
    initiatives: ['voice'],
    pillars: ['prevention'],
    title: {
      en: 'VOICE publishes first insights from parents, caregivers and children on online safety',
    },
    excerpt: {
      en: 'A new insights brief from the VOICE project gives a first look at how parents and caregivers see children\'s safety online, ahead of a full report announced for March 2024.',
    },
    body: {
      en: `The VOICE project, run by ECPAT International, Eurochild and Terre des Hommes Netherlands on behalf of the Down to Zero Alliance, listens to children and caregivers about online safety so that their views can inform policy nationally, at EU level and globally.

Its first **insights brief** focuses on what parents and caregivers think, and adds some early reflections from children. The findings are preliminary: when the brief was prepared, children's views had not yet been gathered and analysed in every participating country.

The brief is intended to start the conversation about the finer points of children's online safety. A full, in-depth report was announced for March 2024. The brief is available in English in the resource library.`,
    },
  },
]
