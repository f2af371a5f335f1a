/**
 * An addressee's grammatical gender, for greetings that agree with it ("Estimada
 * Ministra Silva:"). The letter's `gender:` wins; otherwise the words of the salutation
 * and title decide where the language makes it plain (Ministra, Secretario, Senhora,
 * Madame, Frau…). Words that do not tell (Presidente, Ministre, Secretary) decide
 * nothing, and two languages that disagree leave the gender unknown: `check` then asks
 * for `gender:`.
 */
import type { Addressee, Localized } from '../model/schema.js';
import { baseLanguage } from './strings.js';

export type Gender = 'f' | 'm';

/** Words that name a woman or a man, by base language; abbreviations with their full stop. */
const WORDS: Record<string, { f: string[]; m: string[] }> = {
  es: {
    f: ['señora', 'sra.', 'doña', 'dña.', 'ministra', 'secretaria', 'subsecretaria', 'directora', 'subdirectora', 'senadora', 'diputada', 'presidenta', 'vicepresidenta',
      'embajadora', 'gobernadora', 'alcaldesa', 'jueza', 'magistrada', 'comisionada', 'consejera', 'relatora', 'procuradora', 'coordinadora', 'jefa', 'doctora', 'dra.',
      'licenciada', 'lcda.', 'ingeniera', 'profesora', 'excelentísima', 'excma.'],
    m: ['señor', 'sr.', 'don', 'ministro', 'secretario', 'subsecretario', 'director', 'subdirector', 'senador', 'diputado', 'embajador', 'gobernador', 'alcalde', 'juez',
      'magistrado', 'comisionado', 'consejero', 'relator', 'procurador', 'coordinador', 'jefe', 'doctor', 'dr.', 'licenciado', 'lic.', 'ingeniero', 'profesor',
      'excelentísimo', 'excmo.'],
  },
  pt: {
    f: ['senhora', 'sra.', 'dona', 'ministra', 'secretária', 'diretora', 'senadora', 'deputada', 'presidenta', 'embaixadora', 'governadora', 'prefeita', 'juíza',
      'desembargadora', 'conselheira', 'relatora', 'procuradora', 'coordenadora', 'vereadora', 'doutora', 'dra.', 'professora', 'excelentíssima'],
    m: ['senhor', 'sr.', 'ministro', 'secretário', 'diretor', 'senador', 'deputado', 'embaixador', 'governador', 'prefeito', 'juiz', 'desembargador', 'conselheiro',
      'relator', 'procurador', 'coordenador', 'vereador', 'doutor', 'dr.', 'professor', 'excelentíssimo'],
  },
  fr: {
    f: ['madame', 'mme', 'mme.', 'mademoiselle', 'directrice', 'sénatrice', 'ambassadrice', 'présidente', 'députée', 'conseillère', 'rapporteuse', 'procureure', 'gouverneure'],
    m: ['monsieur', 'm.', 'directeur', 'sénateur', 'ambassadeur', 'président', 'député', 'conseiller', 'rapporteur', 'procureur', 'gouverneur'],
  },
  en: {
    f: ['ms.', 'ms', 'mrs.', 'mrs', 'miss', 'madam', 'madame', 'dame', 'lady', 'congresswoman', 'chairwoman', 'baroness', 'duchess', 'queen'],
    m: ['mr.', 'mr', 'sir', 'lord', 'congressman', 'chairman', 'baron', 'duke', 'king'],
  },
  de: {
    f: ['frau', 'ministerin', 'bundesministerin', 'staatssekretärin', 'direktorin', 'generaldirektorin', 'senatorin', 'botschafterin', 'präsidentin', 'kanzlerin',
      'bundeskanzlerin', 'bürgermeisterin', 'abgeordnete', 'professorin'],
    m: ['herr', 'minister', 'bundesminister', 'staatssekretär', 'direktor', 'generaldirektor', 'senator', 'botschafter', 'präsident', 'kanzler', 'bundeskanzler',
      'bürgermeister', 'abgeordneter', 'professor'],
  },
  it: {
    f: ['signora', 'sig.ra', 'ministra', 'senatrice', 'direttrice', 'ambasciatrice', 'sottosegretaria', 'segretaria', 'dottoressa', 'dott.ssa', 'professoressa', 'sindaca',
      'deputata', 'gentilissima', 'egregia'],
    m: ['signor', 'signore', 'sig.', 'ministro', 'senatore', 'direttore', 'ambasciatore', 'sottosegretario', 'segretario', 'dottore', 'dott.', 'professore', 'sindaco',
      'deputato', 'egregio', 'gentilissimo'],
  },
};

const LOOKUP: Record<string, Map<string, Gender>> = Object.fromEntries(
  Object.entries(WORDS).map(([lang, { f, m }]) => [lang, new Map<string, Gender>([...f.map((w) => [w, 'f'] as const), ...m.map((w) => [w, 'm'] as const)])]),
);

/** The gender the first telling word of `text` names in `lang`, if any. */
export function genderInText(text: string, lang: string): Gender | undefined {
  const words = LOOKUP[baseLanguage(lang)];
  if (!words) return undefined;
  for (const raw of text.split(/[\s,;:]+/)) {
    const word = raw.toLocaleLowerCase(lang);
    const found = words.get(word) ?? words.get(word.replace(/\.$/, ''));
    if (found) return found;
  }
  return undefined;
}

/** The evidence of one per-language field: each language's text read with that language's words. */
function evidence(value: Localized | undefined, langs: readonly string[]): Gender[] {
  if (value === undefined) return [];
  const pairs = typeof value === 'string' ? langs.map((lang) => [lang, value] as const) : Object.entries(value);
  return pairs.flatMap(([lang, text]) => {
    const g = genderInText(text, lang);
    return g ? [g] : [];
  });
}

/** `gender:` if written; else what the salutations, then the titles, make plain; undefined when they do not or disagree. */
export function addresseeGender(a: Addressee, langs: readonly string[]): Gender | undefined {
  if (a.gender) return a.gender;
  for (const field of [a.salutation, a.title]) {
    const found = new Set(evidence(field, langs));
    if (found.size === 1) return [...found][0];
    if (found.size > 1) return undefined;
  }
  return undefined;
}
