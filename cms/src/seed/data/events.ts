import type { SeedEvent } from './types'

export const events: SeedEvent[] = [
  {
    slug: 'sparks-in-the-dark-conference-prague-2024',
    title: {
      en: 'Sparks in the Dark Conference: United for Child Safety',
      cs: 'Konference Sparks in the Dark: United for Child Safety',
    },
    summary: {
      en: 'Four days in Prague for EU-funded projects and international experts working to prevent child sexual abuse, with a stakeholder meeting on 20 March hosted by NUDZ and the public launch of Sparks in the Dark.',
      cs: 'Čtyři dny v Praze pro projekty financované EU a mezinárodní odborníky na prevenci sexuálního zneužívání dětí, se setkáním partnerů 20. března, které hostil NUDZ, a s veřejným představením platformy Sparks in the Dark.',
    },
    description: {
      en: `The conference was organised by the Center for Sexual Health and Interventions at the National Institute of Mental Health (NUDZ). It gave professionals and the public the chance to learn about current international prevention initiatives and to meet experts from Spain, Portugal, Sweden, Finland, Germany, Poland, the USA, Slovakia, Canada and other countries.

**Programme highlights**

- **19 March, 16:00–19:00:** press conference at the Don Giovanni Hotel presenting BRIDGE, STOP-CSAM, 2PS and the Parafilik programme.
- **20 March:** stakeholder meeting hosted by NUDZ and open to external stakeholders. In the morning each project presented its work; in the afternoon experts discussed recent developments, synergies and future initiatives. BRIDGE, STOP-CSAM, Protech, CESAGRAM, Priority, HEROES and 2PS took part.
- The **Sparks in the Dark** community platform was presented to the public for the first time.`,
      cs: `Konferenci uspořádalo Centrum sexuálního zdraví a intervencí Národního ústavu duševního zdraví (NUDZ). Odborníkům i veřejnosti nabídla možnost seznámit se s aktuálními mezinárodními preventivními iniciativami a setkat se s odborníky ze Španělska, Portugalska, Švédska, Finska, Německa, Polska, USA, Slovenska, Kanady a dalších zemí.

**Z programu**

- **19. března, 16:00–19:00:** tisková konference v hotelu Don Giovanni, na které byly představeny projekty BRIDGE, STOP-CSAM, 2PS a program Parafilik.
- **20. března:** setkání partnerů, které hostil NUDZ a které bylo otevřené i externím zájemcům. Dopoledne projekty představily svou práci, odpoledne odborníci diskutovali o novém vývoji v oboru, možných synergiích a budoucích iniciativách. Zúčastnily se projekty BRIDGE, STOP-CSAM, Protech, CESAGRAM, Priority, HEROES a 2PS.
- Veřejnosti byla poprvé představena komunitní platforma **Sparks in the Dark**.`,
    },
    // The seeds give the days (18–21 March 2024) but not the daily hours.
    startsAt: '2024-03-18T00:00:00+01:00',
    endsAt: '2024-03-21T23:59:00+01:00',
    allDay: true,
    timeZone: 'Europe/Prague',
    format: 'in_person',
    city: { en: 'Prague', cs: 'Praha' },
    country: 'CZ',
    organiser: 'nudz',
    attendance: 'open',
    initiatives: ['arica', 'bridge', 'stop-csam', '2ps', 'protech', 'cesagram', 'priority', 'heroes', 'parafilik'],
  },
  {
    slug: 'sparks-in-the-dark-press-conference-prague-2024',
    title: {
      en: 'Press conference: Czech and European projects to prevent child sexual abuse',
      cs: 'Tisková konference: české a evropské projekty prevence sexuálního zneužívání dětí',
    },
    summary: {
      en: 'Part of the Sparks in the Dark conference: a press briefing presenting BRIDGE, STOP-CSAM, 2PS, the latest results of the Parafilik programme and the new Sparks in the Dark platform.',
      cs: 'Součást konference Sparks in the Dark: tisková konference, na které byly představeny projekty BRIDGE, STOP-CSAM, 2PS, nejnovější výsledky programu Parafilik a nová platforma Sparks in the Dark.',
    },
    description: {
      en: 'Organised by the Center for Sexual Health and Interventions at the National Institute of Mental Health (NUDZ). Journalists heard about anonymous online help for people who use child sexual abuse material (CSAM), about prevention work in Czechia, and about relevant projects run outside the country.',
      cs: 'Pořádalo Centrum sexuálního zdraví a intervencí Národního ústavu duševního zdraví (NUDZ). Novináři se dozvěděli o anonymní online pomoci pro lidi, kteří užívají materiály zachycující sexuální zneužívání dětí (CSAM), o preventivní práci v Česku i o souvisejících projektech realizovaných mimo Česko.',
    },
    startsAt: '2024-03-19T16:00:00+01:00',
    endsAt: '2024-03-19T19:00:00+01:00',
    timeZone: 'Europe/Prague',
    format: 'in_person',
    venue: { en: 'Don Giovanni Hotel', cs: 'Hotel Don Giovanni' },
    city: { en: 'Prague', cs: 'Praha' },
    country: 'CZ',
    organiser: 'nudz',
    attendance: 'professionals',
    initiatives: ['bridge', 'stop-csam', '2ps', 'parafilik', 'arica'],
  },
]
