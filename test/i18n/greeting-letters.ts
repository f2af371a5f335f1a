/**
 * Letters a reviser who signs off letters to ministers would read (issue 27): built
 * greetings from data (surnames, gender, plurals, officials), the lines the tool
 * prints (as-of phrase, signers without a country, country names, datelines), regional
 * variants and a parallel edition. The test rows of greeting-fidelity.test.ts.
 */
/** `count` paragraphs of 90 words: a body long enough to run over pages. */
function seedParagraphs(count: number, word: string): string {
  return Array.from({ length: count }, (_, i) => `${i + 1}. ${`${word.toLowerCase()} `.repeat(90).trim()}.`).join('\n\n');
}

export const REGISTRY = `signatories:
  amnistia: { name: Amnistía Internacional, country: MX }
  mulheres: { name: As Mulheres em Movimento, country: BR }
  bravo: { name: Bravo Centro, country: BR }
  ivoire: { name: Ligue ivoirienne des droits, country: CI }
  palestine: { name: Al-Haq, country: PS }
  redes: { name: Red sin fronteras }
  zeta: { name: Zeta Colectivo, country: MX }
`;

/** officials.yaml: an official whose family name the directory gives. */
export const OFFICIALS = `officials:
  emb-fuente:
    name: Juan Ramón de la Fuente
    family_name: de la Fuente
    title: { es: Embajador ante las Naciones Unidas }
    gender: m
`;

/** Spanish: family_name from the directory (particle capitalized), a long name without it, the as-of date joining the heading, signers without a country. */
export const ES_SURNAMES = `---
title: Carta al embajador
date: 2020-04-30
languages: [es]
to:
  - emb-fuente
  - name: Rosa Icela Rodríguez Velázquez
    title: Secretaria de Gobernación
signatories: [amnistia, zeta, redes, palestine]
signing:
  heading: "Firmantes:"
  as_of: 2020-04-30
  group_by: country
---

Texto.
`;

/** Spanish: an epicene title whose honorific shows the gender; another whose gender nothing shows. */
export const ES_GENDER = `---
title: Carta a las titulares
date: 2020-04-30
languages: [es]
to:
  - name: Rosa Robles
    honorific: Excelentísima Señora
    title: Titular de la Secretaría
    salutation: Titular Robles
signatories: [amnistia]
---

Texto.
`;

export const ES_UNKNOWN = `---
title: Carta a la Fiscalía
date: 2020-04-30
languages: [es]
to:
  - name: Ernestina Godoy Ramos
    title: Titular de la Fiscalía General
signatories: [amnistia]
---

Texto.
`;

/** es-ES: "a 1 de octubre"; es-MX: fields keyed by the base language are enough. */
export const ES_ES = `---
title: Carta a la ministra
date: 2022-10-01
languages: [es-ES]
to:
  - name: Irene Montero
    salutation: Ministra Montero
signatories: [amnistia]
signing:
  as_of: 2022-10-01
---

Texto.
`;

export const ES_MX = `---
title: { es: Carta a la secretaria }
subject: { es: Cooperación }
date: 2022-10-01
languages: [es-MX]
to:
  - name: Alicia Bárcena
    title: { es: Secretaria de Relaciones Exteriores }
    salutation: { es: Secretaria Bárcena }
signatories: [amnistia]
---

Texto.
`;

/** French: two women without salutations, Geneva's dateline, Palestine, the as-of phrase with 1er. */
export const FR_WOMEN = `---
title: Lettre aux ministres
date: 2022-10-01
languages: [fr]
place: Genève
to:
  - name: Catherine Colonna
    gender: f
  - name: Rachida Dati
    gender: f
signatories: [ivoire, palestine, redes]
signing:
  as_of: 2022-10-01
  group_by: country
---

Texte.
`;

/** A parallel French–English edition, two pages: its headings, footer and draft mark in both languages. */
export const FR_EN = `---
title: { fr: Lettre conjointe, en: Joint letter }
date: 2022-10-01
languages: [fr, en]
to:
  - name: Catherine Colonna
    title: { fr: ministre de l'Europe et des Affaires étrangères, en: Minister for Europe and Foreign Affairs }
    salutation: { fr: Madame la Ministre, en: Minister Colonna }
signatories: [ivoire, palestine]
signing:
  heading: { fr: "Signataires :", en: "Signatories:" }
  group_by: country
---

::: fr
${seedParagraphs(4, 'Texte')}
:::

::: en
${seedParagraphs(4, 'Text')}
:::
`;

/** Brazilian Portuguese: two women without titles (private persons), articles ignored, the as-of phrase. */
export const PT_PRIVATE = `---
title: Carta às senhoras
date: 2022-10-01
languages: [pt-BR]
to:
  - name: Ana Souza
    gender: f
  - name: Beatriz Mendes
    gender: f
signatories: [mulheres, bravo, zeta]
signing:
  as_of: 2022-10-01
  ignore_articles: true
---

Texto.
`;

/** Portuguese to officials without salutations: the Manual de Redação's vocative of the office. */
export const PT_OFFICIALS = `---
title: Carta aos ministros
date: 2022-10-02
languages: [pt]
to:
  - name: Marina Silva
    title: Ministra do Meio Ambiente
  - name: Fernando Haddad
    title: Ministro da Fazenda
signatories: [bravo]
---

Texto.
`;

/** European Portuguese: the as-of phrase, CLDR's menu form of Côte d'Ivoire. */
export const PT_PT = `---
title: Carta à ministra
date: 2022-10-01
languages: [pt-PT]
to:
  - name: Ana Catarina Mendes
    salutation: Senhora Ministra
    title: Ministra Adjunta
signatories: [ivoire, bravo]
signing:
  as_of: 2022-10-01
  group_by: country
---

Texto.
`;

/** British English: a long title after the name, "Mr" only with gender, "as at", "organisations". */
export const EN_GB = `---
title: Letter to the Prime Minister
date: 2020-04-30
languages: [en-GB]
to:
  - name: Stefan Lindgren
    title: Prime Minister of Sweden
    gender: m
  - name: Jane Cooper
    title: Permanent Secretary
signatories: [amnistia, redes]
signing:
  heading: Endorsers
  as_of: 2020-04-30
  count: true
---

Text.
`;

export const EN_US = `---
title: Letter to the Secretary
date: 2020-04-30
languages: [en]
to:
  - name: Jane Cooper
    title: Secretary
    gender: f
signatories: [amnistia]
signing:
  heading: Endorsers
  as_of: 2020-04-30
---

Text.
`;

/**
 * Every strings key the PDF prints, replaced by a marker in the workspace's own de.yaml:
 * the Word letter must print each one the PDF prints (german-keys.md builds in German).
 */
export const DE_MARKERS = `subject_label: "QQsubjectQQ"
cc_label: "QQccQQ"
dateline: "{place} QQdatelineQQ {date}"
as_of: "QQasofQQ {date}"
list_updated: "QQupdatedQQ {date}"
page: "QQpageQQ {page} {pages}"
draft: QQdraftQQ
pending: QQpendingQQ
count: "{signers} QQcountQQ {countries}"
count_organizations: { one: "{n} QQorgQQ", other: "{n} QQorgsQQ" }
count_countries: { one: "{n} QQcountryQQ", other: "{n} QQcountriesQQ" }
greeting: { default: "QQgreetingQQ {names},", f: "QQgreetingQQ {names},", m: "QQgreetingQQ {names}," }
salutation_forms: { f: "QQsalutationQQ {family}", m: "QQsalutationQQ {family}" }
`;

export const DE_KEYS = `---
title: Brief
date: 2022-10-01
languages: [de]
place: Berlin
subject: Betreff
to:
  - name: Annalena Baerbock
    gender: f
cc: [Kanzleramt]
signatories: [amnistia, { id: zeta, status: pending }]
signing:
  as_of: 2022-10-01
  updated: 2022-10-02
  count: true
---

${seedParagraphs(9, 'Text')}
`;
