/**
 * What `coalition new` writes in each language: placeholders a writer replaces (each
 * starts with TODO, which `check` reports until it is gone), a salutation hint in the
 * addressee's own name, and the closing an official letter in that language uses.
 * A regional language (`pt-BR`) takes its base language's; one not here, English
 * placeholders marked with the language.
 */
import { baseLanguage } from '../i18n/strings.js';

export interface ScaffoldTexts {
  title: string;
  /** The addressee's title, to fill in. */
  office: string;
  /** A salutation hint for a person whose family name is `family`. */
  salutation(family: string): string;
  /** A family name for the hint when `--to` gave none. */
  exampleFamily: string;
  closing: string;
  paragraphs: [string, string, string];
}

const TEXTS: Record<string, ScaffoldTexts> = {
  en: {
    title: 'TODO title of the letter',
    office: 'TODO their title',
    salutation: (family) => `TODO e.g. Minister ${family}`,
    exampleFamily: 'Smith',
    closing: 'Sincerely,',
    paragraphs: ['TODO: who we are, and why we write now.', 'TODO: the facts, with their sources.', 'TODO: what we ask of you.'],
  },
  es: {
    title: 'TODO título de la carta',
    office: 'TODO su cargo',
    salutation: (family) => `TODO p. ej. Ministra ${family} o Ministro ${family}`,
    exampleFamily: 'García',
    closing: 'Atentamente,',
    paragraphs: ['TODO: quiénes somos y por qué escribimos ahora.', 'TODO: los hechos, con sus fuentes.', 'TODO: lo que les pedimos.'],
  },
  fr: {
    title: 'TODO titre de la lettre',
    office: 'TODO sa fonction',
    // French greets with the office alone, never the name.
    salutation: () => 'TODO p. ex. Madame la Ministre ou Monsieur le Ministre',
    exampleFamily: 'Martin',
    // The formula repeats the salutation: "Veuillez agréer, Madame la Ministre, l’expression…".
    closing: 'Veuillez agréer, TODO Madame la Ministre, l’expression de notre haute considération.',
    paragraphs: ['TODO : qui nous sommes et pourquoi nous écrivons maintenant.', 'TODO : les faits, avec leurs sources.', 'TODO : ce que nous vous demandons.'],
  },
  pt: {
    title: 'TODO título da carta',
    office: 'TODO cargo',
    salutation: () => 'TODO p. ex. Senhora Ministra ou Senhor Ministro',
    exampleFamily: 'Silva',
    // To a higher authority (Manual de Redação da Presidência da República).
    closing: 'Respeitosamente,',
    paragraphs: ['TODO: quem somos e por que escrevemos agora.', 'TODO: os fatos, com suas fontes.', 'TODO: o que pedimos.'],
  },
  de: {
    title: 'TODO Titel des Schreibens',
    office: 'TODO Amt',
    salutation: () => 'TODO z. B. Frau Ministerin oder Herr Minister',
    exampleFamily: 'Müller',
    // DIN 5008: no comma after the closing.
    closing: 'Mit freundlichen Grüßen',
    paragraphs: ['TODO: wer wir sind und warum wir jetzt schreiben.', 'TODO: die Fakten, mit ihren Quellen.', 'TODO: worum wir Sie bitten.'],
  },
  it: {
    title: 'TODO titolo della lettera',
    office: 'TODO carica',
    salutation: (family) => `TODO es. Ministra ${family} o Ministro ${family}`,
    exampleFamily: 'Rossi',
    closing: 'Distinti saluti',
    paragraphs: ['TODO: chi siamo e perché scriviamo ora.', 'TODO: i fatti, con le loro fonti.', 'TODO: che cosa vi chiediamo.'],
  },
};

export function scaffoldTexts(lang: string): ScaffoldTexts {
  const own = TEXTS[baseLanguage(lang)];
  if (own) return own;
  const en = TEXTS.en!;
  return {
    ...en,
    title: `TODO title (${lang})`,
    office: `TODO their title (${lang})`,
    salutation: (family) => `TODO salutation (${lang}), e.g. Minister ${family}`,
    closing: `TODO closing (${lang})`,
    paragraphs: en.paragraphs.map((p) => p.replace('TODO:', `TODO (${lang}):`)) as [string, string, string],
  };
}
