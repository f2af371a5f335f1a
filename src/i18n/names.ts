/**
 * People's names as letters need them: the family name a greeting uses ("señora
 * García") and the key an alphabetical list sorts by ("García Zapata, Sofía").
 *
 * A name is read as words grouped into units: a particle ("de", "la", "van", "Le")
 * belongs to the word after it, and a suffix ("Jr.", "III") to the whole name. Which
 * unit is the family name depends on the naming convention:
 * - Spanish: given names, then two surnames; the first surname leads
 *   ("Pedro Ángel Zúñiga Aguilar" → Zúñiga; "Sofía García Zapata" → García);
 * - Portuguese: the last surname leads ("Luiz Inácio Lula da Silva" → Silva),
 *   "Filho", "Júnior", "Neto" and "Sobrinho" staying with it;
 * - otherwise the last unit ("Martin Luther King Jr." → King; "Jean-Pierre Le Goff" → Le Goff).
 * A lowercase particle is written before the family name but sorted after the given
 * names ("Gaulle, Charles de"); a capitalized one sorts with it ("Le Goff, Jean-Pierre").
 * A registry `sort_as` always wins; compound given names ("María José Pérez") need it.
 */
import { withoutPostNominals } from './post-nominals.js';
import { baseLanguage } from './strings.js';

export type NameConvention = 'spanish' | 'portuguese' | 'default';

const SPANISH_COUNTRIES = new Set(['AR', 'BO', 'CL', 'CO', 'CR', 'CU', 'DO', 'EC', 'ES', 'GQ', 'GT', 'HN', 'MX', 'NI', 'PA', 'PE', 'PR', 'PY', 'SV', 'UY', 'VE']);
const PORTUGUESE_COUNTRIES = new Set(['AO', 'BR', 'CV', 'GW', 'MZ', 'PT', 'ST', 'TL']);

/** A person's convention: their country's, else (no country) the letter language's. */
export function nameConvention(country: string | undefined, lang: string): NameConvention {
  if (country) return SPANISH_COUNTRIES.has(country) ? 'spanish' : PORTUGUESE_COUNTRIES.has(country) ? 'portuguese' : 'default';
  const base = baseLanguage(lang);
  return base === 'es' ? 'spanish' : base === 'pt' ? 'portuguese' : 'default';
}

const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'da', 'das', 'do', 'dos', 'di', 'du', 'des', 'della', 'van', 'von', 'der', 'den', 'ter', 'le', 'y', 'e', 'zu']);
const SUFFIX = /^(?:jr|jnr|sr|snr|ii|iii|iv|v)\.?$/i;
const PORTUGUESE_SUFFIX = /^(?:filho|júnior|junior|neto|sobrinho)$/i;

interface Unit {
  /** The lowercase particles written before the word ("de la"), if any. */
  lower: string;
  /** The rest, capitalized particles included ("Le Goff", "Fuente"). */
  main: string;
}

export interface NameParts {
  given: string;
  /** The family name as written in a greeting: "de la Fuente", "García", "Le Goff". */
  family: string;
  /** The family name(s) as sorted, lowercase particles moved out: "Fuente Ramírez". */
  sortFamily: string;
  /** Lowercase particles of the sorted family name, printed after the given names in the key. */
  particles: string;
  suffix: string;
}

export function nameParts(name: string, convention: NameConvention): NameParts {
  // Degrees and offices after the name, and "Dr" before it, are no part of it (post-nominals.ts).
  const words = withoutPostNominals(name).name.trim().split(/\s+/).map((w) => w.replace(/,$/, '')).filter(Boolean);
  const suffixes: string[] = [];
  while (words.length > 1 && SUFFIX.test(words[words.length - 1]!)) suffixes.unshift(words.pop()!);
  const units: Unit[] = [];
  let pendingLower: string[] = [];
  let pendingUpper: string[] = [];
  words.forEach((word, i) => {
    // A particle joins the next word; the last word is always a name of its own.
    if (i < words.length - 1 && PARTICLES.has(word.toLowerCase()) && i > 0) {
      if (word === word.toLowerCase() && pendingUpper.length === 0) pendingLower.push(word);
      else pendingUpper.push(word);
      return;
    }
    units.push({ lower: pendingLower.join(' '), main: [...pendingUpper, word].join(' ') });
    pendingLower = [];
    pendingUpper = [];
  });
  if (convention === 'portuguese' && units.length > 2 && PORTUGUESE_SUFFIX.test(units[units.length - 1]!.main)) {
    const suffix = units.pop()!;
    units[units.length - 1]!.main += ` ${suffix.main}`;
  }
  const familyCount = units.length < 2 ? units.length : convention === 'spanish' && units.length >= 3 ? 2 : 1;
  const familyUnits = units.slice(units.length - familyCount);
  const givenUnits = units.slice(0, units.length - familyCount);
  const written = (u: Unit) => (u.lower ? `${u.lower} ${u.main}` : u.main);
  const first = familyUnits[0];
  return {
    given: givenUnits.map(written).join(' '),
    family: first ? written(first) : '',
    sortFamily: familyUnits.map((u, i) => (i === 0 ? u.main : written(u))).join(' '),
    particles: first?.lower ?? '',
    suffix: suffixes.join(' '),
  };
}

/** "Zúñiga Aguilar, Pedro Ángel", "King, Martin Luther, Jr.", "Gaulle, Charles de". */
export function personSortKey(name: string, convention: NameConvention): string {
  const p = nameParts(name, convention);
  const rest = [p.given, p.particles].filter(Boolean).join(' ');
  return [p.sortFamily, rest, p.suffix].filter(Boolean).join(', ');
}

/**
 * The family name a built greeting uses ("señora García", "Ms Cooper"): `family_name:`
 * when the letter or the directory gives it; else the name's last unit, but only where
 * that is no guess. A language whose people may carry two surnames (Spanish,
 * Portuguese: `compound_surnames:` in its strings) makes a name of three or more units
 * ambiguous ("Juan Ramón de la Fuente": Ramón de la Fuente? de la Fuente?): undefined,
 * and the greeting uses the full name (`check` asks for `family_name:`).
 *
 * @param compound whether any of the letter's languages has compound surnames.
 */
export function greetingFamily(name: string, familyName: string | undefined, compound: boolean): string | undefined {
  if (familyName) return familyName.trim();
  const chinese = chineseFamilyName(name);
  if (chinese) return chinese;
  const parts = nameParts(name, 'default');
  const units = nameUnits(name);
  if (compound && units > 2) return undefined;
  return parts.family || undefined;
}

/** Two-character Chinese family names (复姓), Simplified and Traditional. */
const CHINESE_COMPOUND_FAMILIES = new Set(['欧阳', '歐陽', '司马', '司馬', '上官', '诸葛', '諸葛', '东方', '東方', '皇甫', '尉迟', '尉遲', '公孙', '公孫', '慕容', '令狐', '长孙', '長孫', '宇文', '司徒', '夏侯', '轩辕', '軒轅', '端木', '独孤', '獨孤', '南宫', '南宮', '呼延', '澹台', '申屠', '太史', '钟离', '鍾離', '司空', '西门', '西門']);

/**
 * A name written in Chinese characters, family name first and without spaces ("王毅",
 * "欧阳修"): its family name is its first character, or its first two when they are a
 * compound family name. Undefined for any other name (and for names of five
 * characters or more, or with a middle dot: transcribed names, not to be cut).
 */
export function chineseFamilyName(name: string): string | undefined {
  const trimmed = name.trim();
  if (!/^\p{Script=Han}{2,4}$/u.test(trimmed)) return undefined;
  const two = trimmed.slice(0, 2);
  return CHINESE_COMPOUND_FAMILIES.has(two) && trimmed.length > 2 ? two : trimmed.slice(0, 1);
}

/** How many units a name has: particles joined to the word after them, suffixes left out. */
function nameUnits(name: string): number {
  const words = name.trim().split(/\s+/).filter(Boolean);
  while (words.length > 1 && SUFFIX.test(words[words.length - 1]!)) words.pop();
  return words.filter((word, i) => !(i > 0 && i < words.length - 1 && PARTICLES.has(word.toLowerCase()))).length;
}

/**
 * A family name as it reads without the given name: where the language capitalizes a
 * leading particle then (Spanish, by the RAE's Ortografía: "Juan de la Fuente" but
 * "señor De la Fuente"), its first letter is capitalized.
 */
export function familyAlone(family: string, capitalizeParticle: boolean, lang: string): string {
  return capitalizeParticle ? family.charAt(0).toLocaleUpperCase(lang) + family.slice(1) : family;
}

/**
 * Leading articles an organization's name sorts without in a letter of any language:
 * words that are an article wherever they lead a name. A language adds its own (its
 * strings' `articles:`): Portuguese "A" and "As", English "A" and "An", which lead
 * names as ordinary words elsewhere ("As You Sow").
 */
const ARTICLES = ['the', 'el', 'la', 'los', 'las', 'le', 'les', 'il', 'lo', 'gli', 'die', 'der', 'das', 'o', 'os'];

/** The name without its leading article, for sorting: an elided one ("L’Observatoire"), one of ARTICLES, or one of `own`. */
export function withoutArticle(name: string, own: readonly string[] = []): string {
  const elided = /^[Ll]['’](?=\p{L})/u.exec(name);
  if (elided) return name.slice(2);
  const match = /^(\S+)\s+(?=\S)/u.exec(name);
  const word = match?.[1]!.toLowerCase();
  return word !== undefined && (ARTICLES.includes(word) || own.includes(word)) ? name.slice(match![0].length) : name;
}
