/**
 * The greeting built from the addressees' salutations: "Dear A and B," / "Estimados A
 * y B:" / "Madame la Ministre, Monsieur le Ministre,". Where the language's strings
 * have gendered forms the greeting agrees with the addressees (`gender:`, or what the
 * salutation, honorific or title makes plain): all women → feminine, all men →
 * masculine; mixed, each gets their own form ("Estimada Secretaria Bárcena y estimado
 * Secretario Mayorkas:"). Where nothing shows an addressee's gender, their part takes
 * no gendered word at all (the forms' `n`: "Titular Robles:", "Guten Tag Kim Meyer,"),
 * never the masculine; `check` reports it (an error under `--strict` and in
 * `release`). Salutations joined without a conjunction (Portuguese, Italian, German)
 * each take their own adjective ("Prezada Senhora Souza, prezada Senhora Mendes,"): a
 * plural adjective would govern only the first. A collective addressee ("Members of
 * the Committee", `collective: true`) is no one gender: it is greeted as written, and
 * a greeting that names one takes the language's default form. A letter's own
 * `greeting:` always wins.
 */
import type { Addressee } from '../model/schema.js';
import { addresseeGender, type Gender, type GenderEvidence } from './gender.js';
import { joinList } from './intl.js';
import { pick } from './localized.js';
import { familyAlone, greetingFamily } from './names.js';
import { baseLanguage, fill, type UiStrings } from './strings.js';

type Forms = UiStrings['greeting'] | NonNullable<UiStrings['greeting']['private']>;

/** What the greeting knows of one addressee in one language. */
export interface GreetingTerm {
  /** The salutation as written, or built from `salutation_forms`, or (last resort) the full name. */
  salutation: string;
  /** How the salutation was found: written, built from gender and name, or the bare name. */
  source: 'written' | 'built' | 'name';
  gender?: Gender;
  /** Built with the full name where a family name was needed: the name may hold two surnames and `family_name:` is not given. */
  fullName?: true;
  /** Built from the title's office (`salutation_forms.official`: "王部长", "Senhora Ministra"). */
  office?: true;
}

/** The evidence of a letter in `lang` alone, read with `strings`' own words. */
function alone(lang: string, strings: UiStrings): GenderEvidence {
  return { langs: [lang], wordsOf: (l) => (l === lang ? strings.gender_words : undefined), compoundSurnames: strings.compound_surnames === true };
}

/**
 * @param evidence the letter's languages and their words: a salutation or title in any
 *   of them may tell the addressee's gender ("Ministra" in the Spanish text tells it for
 *   the French), and any of them with compound surnames makes a long name ambiguous.
 */
export function greetingTerm(a: Addressee, lang: string, strings: UiStrings, evidence: GenderEvidence = alone(lang, strings)): GreetingTerm {
  const written = pick(a.salutation, lang);
  const name = pick(a.name, lang)!;
  if (a.collective) return { salutation: written ?? name, source: 'written' };
  const gender = addresseeGender(a, evidence);
  const known = gender ? { gender } : {};
  if (written) return { salutation: written, source: 'written', ...known };
  const forms = strings.salutation_forms;
  const title = pick(a.title, lang);
  // An official greeted by honorific and office in their gender ("معالي الوزيرة،").
  const office = title && gender && forms?.offices ? officeSalutation(title, forms.offices, lang) : undefined;
  if (office && gender) return { salutation: office[gender], source: 'built', gender };
  // An official is greeted by office ("Senhora Ministra,"), where the language does so.
  const official = forms?.official && title ? forms.official[gender ?? 'n'] : undefined;
  if (official !== undefined) {
    const office = officeOf(title!, lang);
    if (!official.includes('{family}')) return { salutation: fill(official, { office }), source: 'built', office: true, ...known };
    const family = greetingFamily(name, a.family_name, evidence.compoundSurnames || strings.compound_surnames === true);
    if (family) return { salutation: fill(official, { office, family: familyAlone(family, strings.capitalize_particle === true, lang) }), source: 'built', office: true, ...known };
  }
  const form = gender ? forms?.[gender] : forms?.n;
  if (form === undefined) return { salutation: name, source: 'name', ...known };
  if (!form.includes('{family}')) return { salutation: fill(form, { name }), source: 'built', ...known };
  const family = greetingFamily(name, a.family_name, evidence.compoundSurnames || strings.compound_surnames === true);
  if (!family) return { salutation: fill(form, { family: name, name }), source: 'built', fullName: true, ...known };
  return { salutation: fill(form, { family: familyAlone(family, strings.capitalize_particle === true, lang), name }), source: 'built', ...known };
}

/** The salutations of the office a title starts with: its first word, or that word without the Arabic article "ال". */
function officeSalutation(title: string, offices: Readonly<Record<string, { m: string; f: string }>>, lang: string): { m: string; f: string } | undefined {
  const first = title.trim().split(/\s+/)[0]!.replace(/[،,:]+$/, '').toLocaleLowerCase(lang);
  const own = (word: string) => (Object.hasOwn(offices, word) ? offices[word] : undefined);
  return own(first) ?? (first.startsWith('ال') ? own(first.slice(2)) : undefined);
}

/** A title's leading capitalized words, its office: "Ministra do Meio Ambiente" → "Ministra"; "Secretária Nacional de Justiça" → "Secretária Nacional". */
function officeOf(title: string, lang: string): string {
  if (baseLanguage(lang) === 'zh') return chineseOffice(title);
  const words = title.trim().split(/\s+/);
  const end = words.findIndex((word, i) => i > 0 && word.charAt(0) === word.charAt(0).toLocaleLowerCase(lang));
  const office = (end === -1 ? words : words.slice(0, end)).join(' ').replace(/,$/, '');
  return office.charAt(0).toLocaleUpperCase(lang) + office.slice(1);
}

/**
 * The offices a Chinese title ends with, Simplified and Traditional, longest first: a
 * Chinese letter greets by family name and office ("外交部部长" → "王部长").
 */
const CHINESE_OFFICES = [
  '部长', '部長', '大使', '总理', '總理', '首相', '主席', '总统', '總統', '秘书长', '秘書長', '高级专员', '高級專員',
  '特别报告员', '特別報告員', '独立专家', '獨立專家', '主任', '局长', '局長', '司长', '司長', '厅长', '廳長', '署长', '署長',
  '市长', '市長', '省长', '省長', '州长', '州長', '议员', '議員', '委员', '委員', '委员长', '委員長', '代表', '院长', '院長',
  '检察长', '檢察長', '总干事', '總幹事', '行政长官', '行政長官', '国务卿', '國務卿', '外长', '外長', '会长', '會長', '法官', '书记', '書記',
].flatMap((office) => [office, `副${office}`]).sort((a, b) => b.length - a.length);

/** The office a Chinese title ends with ("外交部副部长" → "副部长"), or the title itself. */
function chineseOffice(title: string): string {
  const trimmed = title.trim();
  return CHINESE_OFFICES.find((office) => trimmed.endsWith(office)) ?? trimmed;
}

/**
 * The forms that apply: Portuguese greets private persons (no addressee with a title)
 * with "Prezado(a)"; a collective addressee ("Membros do Comitê") is not a private person.
 */
function formsFor(to: readonly Addressee[], lang: string, strings: UiStrings): Forms {
  const official = to.some((a) => a.collective || pick(a.title, lang));
  return !official && strings.greeting.private ? strings.greeting.private : strings.greeting;
}

/** Whether the language's greeting changes with the addressees' gender: never when one of them is collective. */
export function greetingAgrees(to: readonly Addressee[], lang: string, strings: UiStrings): boolean {
  if (to.some((a) => a.collective)) return false;
  const forms = formsFor(to, lang, strings);
  return forms.m !== undefined && forms.f !== undefined && forms.m !== forms.f;
}

/** @param evidence as for greetingTerm. */
export function buildGreeting(to: readonly Addressee[], lang: string, strings: UiStrings, evidence: GenderEvidence = alone(lang, strings)): string | undefined {
  if (to.length === 0) return undefined;
  const forms = formsFor(to, lang, strings);
  const terms = to.map((a) => greetingTerm(a, lang, strings, evidence));
  const separator = strings.greeting.separator;
  const join = (items: string[]) => (separator !== undefined ? items.join(separator) : joinList(items, lang));
  if (to.some((a) => a.collective)) return fill(forms.default, { names: join(terms.map((t) => t.salutation)) });
  const agrees = greetingAgrees(to, lang, strings);
  const genders = terms.map((t) => t.gender);
  const plural = pluralSalutations(terms, strings);
  if (plural) {
    // "Mesdames," — one salutation for several women, in the plural form of their gender.
    const only = new Set(genders).size === 1 ? genders[0] : undefined;
    return fill((agrees && only ? forms[`${only}_plural`] : undefined) ?? forms.default, { names: join(plural) });
  }
  if (!agrees) return fill(forms.default, { names: join(terms.map((t) => t.salutation)) });
  const each = genders.some((g) => !g) || (to.length > 1 && (new Set(genders).size > 1 || strings.greeting.each || separator !== undefined));
  if (each) {
    // Each addressee their own form, the later ones in lowercase: "Estimada A y estimado B:"; none for an unknown gender.
    const formOf = (g: Gender | undefined) => (g ? forms[g] : forms.n) ?? `{names}${splitAt(forms.default)[1]}`;
    const parts = terms.map((t, i) => {
      const [before] = splitAt(formOf(genders[i]));
      return `${i === 0 ? before : lowerFirst(before)}${t.salutation}`;
    });
    return `${join(parts)}${splitAt(formOf(genders[0]))[1]}`;
  }
  const key = `${genders[0]!}${to.length > 1 ? '_plural' : ''}` as 'f' | 'm' | 'f_plural' | 'm_plural';
  return fill(forms[key] ?? forms.default, { names: join(terms.map((t) => t.salutation)) });
}

/**
 * Several addressees greeted by salutations that name no one ("Madame", "Monsieur"):
 * each gender once, in the plural when it has several ("Mesdames, Monsieur"); an
 * unknown gender counts as both ("Madame, Monsieur"). Undefined when any salutation is
 * written or names the person, or the language has no such forms.
 */
function pluralSalutations(terms: readonly GreetingTerm[], strings: UiStrings): string[] | undefined {
  const forms = strings.salutation_forms;
  if (!forms || terms.length < 2 || !forms.f_plural || !forms.m_plural) return undefined;
  const named = (form: string | undefined) => form === undefined || form.includes('{');
  if (named(forms.f) || named(forms.m) || terms.some((t) => t.source !== 'built' || (t.gender ? false : named(forms.n)))) return undefined;
  const women = terms.filter((t) => t.gender !== 'm').length;
  const men = terms.filter((t) => t.gender !== 'f').length;
  return [
    ...(women ? [women > 1 ? forms.f_plural : forms.f] : []),
    ...(men ? [men > 1 ? forms.m_plural : forms.m] : []),
  ];
}

/** "Estimado {names}:" → ["Estimado ", ":"]. */
function splitAt(template: string): [string, string] {
  const at = template.indexOf('{names}');
  return at === -1 ? [template, ''] : [template.slice(0, at), template.slice(at + '{names}'.length)];
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
