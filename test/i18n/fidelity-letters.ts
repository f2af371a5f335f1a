/**
 * Letters a native reader in a ministry would read (issue 16), one or more per
 * language, written as users write them: the test rows of language-fidelity.test.ts.
 * Addressees are women and men, with and without `gender:` and salutations; the
 * registry holds people whose names sort by their own conventions, organizations
 * with leading articles and apostrophes, and countries whose CLDR names are not the
 * names a letter uses.
 */
export const REGISTRY = `signatories:
  zuniga:
    kind: individual
    name: Pedro Ángel Zúñiga Aguilar
    title: { es: Profesor de Derecho, pt: Professor de Direito, en: Professor of Law, fr: Professeur de droit }
    country: MX
  garcia:
    kind: individual
    name: Sofía García Zapata
    title: { es: Investigadora, pt: Pesquisadora, en: Researcher, fr: Chercheuse }
    country: ES
  king:
    kind: individual
    name: Martin Luther King Jr.
    country: US
  legoff:
    kind: individual
    name: Jean-Pierre Le Goff
    country: FR
  hogar:
    name: El Hogar de las Mujeres
    country: ES
  ligue:
    name: Les Amis de la Terre
    country: FR
  mujeres:
    name: "Women's Link Worldwide"
    country: CI
  congo:
    name: Réseau des Femmes
    country: CD
  hong:
    name: Civic Exchange
    country: HK
  bravo:
    name: Bravo Centro
    country: BR
`;

const SIGNERS = `signatories: [zuniga, garcia, king, legoff, hogar, ligue, mujeres, congo, hong, bravo]`;

/** Spanish: a woman without gender:, mixed addressees, as-of phrase, names, countries, articles ignored. */
export const SPANISH = `---
title: Carta sobre la cooperación
date: 2022-10-12
languages: [es]
to:
  - name: Marina Silva
    title: Ministra de Medio Ambiente
    salutation: Ministra Silva
cc:
  - "Oficina de l'Alta Comisionada"
${SIGNERS}
signing:
  as_of: 2022-10-12
  ignore_articles: true
---

Les escribimos "con urgencia".
`;

export const SPANISH_MIXED = `---
title: Carta a los secretarios
date: 2022-10-01
languages: [es-MX]
to:
  - name: Alicia Bárcena
    title: Secretaria de Relaciones Exteriores
    salutation: Secretaria Bárcena
  - name: Alejandro Mayorkas
    title: Secretario de Seguridad Nacional
    salutation: Secretario Mayorkas
signing:
  heading: "Firman:"
  as_of: 2022-10-01
  group_by: country
${SIGNERS}
---

Texto.
`;

/** No salutations: one with gender: (a proper form is built), one without (check says so). */
export const SPANISH_NO_SALUTATION = `---
title: Carta sin saludo
date: 2022-10-12
languages: [es-ES]
to:
  - name: Irene Ortiz
    gender: f
  - name: Marina Silva
signatories: []
---

Dijo: "el mecanismo 'llamado "nuevo"' no basta".
`;

export const FRENCH = `---
title: Lettre aux ministres
date: 2022-10-01
languages: [fr]
place: Genève
subject: Coopération en matière de sécurité
to:
  - name: Catherine Colonna
    title: ministre de l'Europe et des Affaires étrangères
    salutation: Madame la Ministre
  - name: Gérald Darmanin
    title: ministre de l'Intérieur
    salutation: Monsieur le Ministre
cc:
  - "Cabinet de l'Ambassadeur"
closing: "Veuillez agréer, Madame la Ministre, Monsieur le Ministre, l'expression de notre haute considération."
signing:
  as_of: 2022-10-01
  group_by: country
${SIGNERS}
---

Pourquoi maintenant? Parce que le "dialogue 'renforcé'" commence; voici nos demandes: agir!
`;

export const FRENCH_NO_SALUTATION = `---
title: Lettre sans appel
date: 2022-10-02
languages: [fr-CA]
subject: Demande
to:
  - name: Irene Ortiz
    gender: f
signatories: []
---

Texte : « court ».
`;

export const PORTUGUESE = `---
title: Carta aos ministros
date: 2022-10-01
languages: [pt-BR]
subject: Cooperação
to:
  - name: Mauro Vieira
    title: Ministro das Relações Exteriores
    salutation: Senhor Ministro
  - name: Marina Silva
    title: Ministra do Meio Ambiente
    salutation: Senhora Ministra
signing:
  as_of: 2022-10-01
  group_by: country
${SIGNERS}
---

Texto.
`;

export const PORTUGUESE_ONE = `---
title: Carta à ministra
date: 2022-10-02
languages: [pt]
to:
  - name: Marina Silva
    title: Ministra do Meio Ambiente
    salutation: Senhora Ministra
signatories: []
---

Texto.
`;

export const ENGLISH = `---
title: Letter to the ministers
date: 2021-11-19
languages: [en]
to:
  - name: Mauro Vieira
    title: Minister of Foreign Affairs of Brazil
    salutation: Minister Vieira
  - name: Antony Blinken
    title: Secretary of State
    salutation: Secretary Blinken
  - name: Linda Thomas-Greenfield
    honorific: The Honorable
    title: U.S. Representative to the United Nations
    salutation: Ambassador Thomas-Greenfield
cc:
  - { name: "Ken O'Brien", title: "Director, Donors' Office" }
signatories: []
---

Text.
`;

export const BRITISH = `---
title: Letter to the minister
date: 2021-11-19
languages: [en-GB]
to:
  - name: Irene Ortiz
    gender: f
signatories: []
---

She said "the 'new' mechanism" falls short.
`;

export const GERMAN = `---
title: Brief an die Ministerin
date: 2022-10-01
languages: [de]
to:
  - name: Annalena Baerbock
    title: Bundesministerin des Auswärtigen
    salutation: Frau Ministerin
  - name: Hubertus Heil
    title: Bundesminister für Arbeit und Soziales
    salutation: Herr Minister
signatories: []
---

Sie sagte: "der 'neue' Mechanismus reicht nicht".
`;

export const ITALIAN = `---
title: Lettera alla ministra
date: 2022-10-01
languages: [it]
to:
  - name: Marina Calderone
    title: Ministra del Lavoro
    salutation: Ministra Calderone
signatories: []
---

Testo "citato".
`;

/**
 * A language coalition ships no strings for. `qaa` is reserved for local use (ISO 639-2
 * qaa–qtz): no language that could ever ship, so this letter stays "without strings"
 * whatever languages are added.
 */
export const UNSHIPPED = `---
title: Letter
date: 2022-10-01
languages: [en, qaa]
to:
  - name: Hanke Bruins Slot
    salutation: Minister Bruins Slot
signatories: []
---

::: en
Text.
:::

::: qaa
Text in a language of our own.
:::
`;

/** Two languages, Portuguese first: the parallel edition's signatory block in both, a translation note. */
export const PT_ES = `---
title: { pt: Carta conjunta, es: Carta conjunta }
date: 2022-10-01
languages: [pt, es]
to:
  - name: Marina Silva
    title: { pt: Ministra do Meio Ambiente, es: Ministra de Medio Ambiente }
    salutation: { pt: Senhora Ministra, es: Ministra Silva }
translation_note: { es: "Traducción no oficial; prevalece el texto en portugués." }
signatories: [garcia, zuniga, { id: hogar, status: pending }]
signing:
  as_of: 2022-10-01
  group_by: country
---

::: pt
Texto.
:::

::: es
Texto.
:::
`;

/** `count` paragraphs of `words` words: a body long enough to run over pages. */
function paragraphs(word: string, count: number, words: number): string {
  return Array.from({ length: count }, (_, i) => `${i + 1}. ${`${word} `.repeat(words).trim()}.`).join('\n\n');
}

/** Two parts of different lengths (English 2 pages, Spanish 3), for the sequential edition's page numbers. */
export const SEQUENTIAL = `---
title: { en: A long letter, es: Una carta larga }
date: 2022-10-12
languages: [en, es]
to:
  - name: Marina Silva
    title: { en: Minister of the Environment, es: Ministra de Medio Ambiente }
    salutation: { en: Minister Silva, es: Ministra Silva }
signatories: []
---

::: en
${paragraphs('text', 10, 75)}
:::

::: es
${paragraphs('texto', 10, 120)}
:::
`;
