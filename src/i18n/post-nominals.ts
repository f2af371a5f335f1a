/**
 * What a person's name holds besides the name: degrees, honours and offices after it
 * ("Dr Abhay Kumar Singh, B. Tech (IT), MBA, PhD", "Jane Roe AM", "Christian Porter MP")
 * and forms of address before it ("Dr", "Professor", "Hon"). An alphabetical list
 * sorts by the family name, so these are set aside before the family name is read
 * (src/i18n/names.ts): "Singh, Abhay Kumar", not "PhD, Dr Abhay Kumar Singh B. Tech (IT) MBA".
 *
 * - After the first comma, everything is post-nominal ("…, B. Tech (IT), MBA, PhD"),
 *   except a generational suffix ("Martin Luther King, Jr."), which stays with the name.
 * - Words at the end from the list below ("PhD", "MP", "QC", "AM") are post-nominal too,
 *   however written ("Ph.D.", "phd").
 * - A form of address at the start ("Dr", "Prof.", "Professor", "Hon", "Sir") is dropped.
 * A registry `sort_as` always wins; `check` asks for one when the name ends with a
 * post-nominal (`post-nominal-name`), since only the writer knows for sure.
 */

/** Degrees, honours, memberships and offices written after a name, without dots, lowercase. */
const POST_NOMINALS = new Set([
  // Degrees.
  'phd', 'dphil', 'edd', 'psyd', 'md', 'dsc', 'dlitt', 'llb', 'llm', 'lld', 'jd', 'mba', 'mpa', 'mpp', 'mph', 'msc', 'ma', 'mphil',
  'mres', 'meng', 'mtech', 'btech', 'beng', 'bsc', 'ba', 'bcom', 'mcom', 'bed', 'med', 'mfa', 'dds', 'rn', 'pe', 'cpa', 'ca',
  // Honours and orders (UK, Australia, Canada…).
  'ac', 'ao', 'am', 'oam', 'cbe', 'obe', 'mbe', 'kbe', 'dbe', 'kcmg', 'cmg', 'cm', 'oc', 'cc', 'psm', 'apm', 'frs', 'fba',
  'frsa', 'faa', 'fassa', 'fahs', 'ftse', 'faha', 'facss', 'faicd', 'gaicd', 'frcp', 'fracp', 'frcs',
  // Offices and callings.
  'mp', 'mla', 'mlc', 'mep', 'msp', 'td', 'qc', 'kc', 'sc', 'esq', 'ret',
]);

/** Generational suffixes: part of the name ("King, Martin Luther, Jr."). */
const SUFFIX = /^(?:jr|jnr|sr|snr|ii|iii|iv|v)\.?$/i;

/** Forms of address written before a name. */
const PREFIXES = new Set([
  'dr', 'dra', 'prof', 'profa', 'professor', 'professora', 'associate', 'assoc', 'a/prof', 'adjunct', 'emeritus', 'mr', 'mrs', 'ms', 'miss', 'mx',
  'sir', 'dame', 'hon', 'honourable', 'honorable', 'rev', 'revd', 'reverend', 'senator', 'sra',
]);

/** A word as compared with the lists: without dots, brackets' contents kept, lowercase ("Ph.D." → "phd"). */
function bare(word: string): string {
  return word.replace(/[.,]/g, '').toLowerCase();
}

/**
 * A word from the list, written as letters after a name are: with a dot ("Ph.D.", "Esq.")
 * or two capitals ("PhD", "MP", "MBA"). "Ma" and "Am" are names.
 */
export function isPostNominal(word: string): boolean {
  return POST_NOMINALS.has(bare(word)) && (word.includes('.') || (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2);
}

export interface NameWithoutExtras {
  /** The name alone: "Abhay Kumar Singh", "Martin Luther King Jr.". */
  name: string;
  /** What was set aside after it, as written: ["B. Tech (IT)", "MBA", "PhD"]. */
  postNominals: string[];
  /** The forms of address set aside before it: ["Dr"]. */
  prefixes: string[];
}

/** The name without what it holds besides the name (see the file's comment). */
export function withoutPostNominals(written: string): NameWithoutExtras {
  const [head = '', ...after] = written.split(',').map((part) => part.trim());
  const postNominals: string[] = [];
  const suffixes: string[] = [];
  for (const part of after.filter(Boolean)) (SUFFIX.test(part) && !postNominals.length ? suffixes : postNominals).push(part);
  const words = head.split(/\s+/).filter(Boolean);
  const trailing: string[] = [];
  // Keep at least two words: "Ma" alone is a name, not a degree.
  while (words.length > 2 && isPostNominal(words[words.length - 1]!)) trailing.unshift(words.pop()!);
  const prefixes: string[] = [];
  while (words.length > 2 && PREFIXES.has(bare(words[0]!))) prefixes.push(words.shift()!);
  return { name: [...words, ...suffixes].join(' '), postNominals: [...trailing, ...postNominals], prefixes };
}

/** Whether the last word of a name as written is a post-nominal ("…, MBA, PhD", "Jane Roe AM"). */
export function endsWithPostNominal(written: string): boolean {
  const last = written.trim().split(/[\s,]+/).pop() ?? '';
  return isPostNominal(last) && withoutPostNominals(written).postNominals.length > 0;
}
