import type { SeedSingleTypes } from './types'

export const singleTypes: SeedSingleTypes = {
  homePage: {
    heroTitle: {
      en: 'United against child sexual abuse and exploitation',
      cs: 'Společně proti sexuálnímu zneužívání a vykořisťování dětí',
    },
    heroText: {
      en: 'Sparks brings together EU-funded projects and other initiatives working to prevent, detect and investigate child sexual abuse and exploitation and to support victims and survivors, with their findings, recommendations and resources in one place.',
      cs: 'Sparks sdružuje projekty financované EU a další iniciativy, které pracují na prevenci, odhalování a vyšetřování sexuálního zneužívání a vykořisťování dětí a na podpoře obětí a přeživších, a nabízí jejich poznatky, doporučení a materiály na jednom místě.',
    },
    introduction: {
      en: 'The EU and many other funders support research, technology, training and direct help in this field, but the results are often hard to find. Sparks is a community platform: the initiatives themselves publish their work here, so that researchers, policymakers, practitioners and the public can see what exists, learn from it and build on it instead of starting again.',
      cs: 'EU i mnoho dalších donorů podporuje v této oblasti výzkum, technologie, vzdělávání i přímou pomoc, jejich výsledky se však často hledají obtížně. Sparks je komunitní platforma: samotné iniciativy zde zveřejňují svou práci, aby výzkumníci, tvůrci politik, odborníci z praxe i veřejnost viděli, co už existuje, mohli se z toho poučit a stavět na tom, místo aby začínali znovu.',
    },
    joinCallTitle: {
      en: 'Does your initiative work against child sexual abuse?',
      cs: 'Pracuje vaše iniciativa proti sexuálnímu zneužívání dětí?',
    },
    joinCallText: {
      en: 'Join the community. Present your project, share your news, resources and events, and help keep this platform open for everyone.',
      cs: 'Připojte se ke komunitě. Představte svůj projekt, sdílejte novinky, materiály a akce a pomozte udržet tuto platformu otevřenou pro všechny.',
    },
  },
  siteSetting: {
    siteName: { en: 'Sparks', cs: 'Sparks' },
    tagline: {
      en: 'A community of initiatives countering child sexual abuse and exploitation',
      cs: 'Komunita iniciativ proti sexuálnímu zneužívání a vykořisťování dětí',
    },
    fundingDisclaimer: {
      en: 'This platform is kept running with contributions from several projects, some of them funded by the European Union. Each publication is the sole responsibility of its authors and may not represent the position of the European Union. The European Union and other funding bodies accept no liability for any of the content.',
      cs: 'Provoz této platformy zajišťují příspěvky několika projektů, z nichž některé financuje Evropská unie. Za každou publikaci odpovídají výhradně její autoři a její obsah nemusí vyjadřovat stanovisko Evropské unie. Evropská unie ani jiní poskytovatelé financí za obsah nenesou žádnou odpovědnost.',
    },
    footerText: {
      en: 'Sparks is an open platform built with its member initiatives, which contribute most of its content.',
      cs: 'Sparks je otevřená platforma vytvářená společně s členskými iniciativami, které přispívají většinou obsahu.',
    },
    machineTranslated: ['cs'],
  },
}
