/**
 * Line-breaking refinements the browser does not make on its own. Chromium may break
 * a line before an em or en dash ("force\n—part"), which a typesetter avoids; and a
 * break at a dash or hyphen damages the text a PDF reader extracts: poppler joins
 * "high-\nprofile" into "highprofile" and turns "force\n—part" into "force —part".
 * Words joined by a dash or hyphen are therefore kept on one line, in a span that adds
 * no character to the text.
 *
 * And each language's quotes and spacing (`typesetText`, `typesetHtml`).
 */
import type { UiStrings } from '../i18n/strings.js';

/** A dash or hyphen with a non-space character on each side. */
const INNER_DASH = /[^\s\u2014\u2013-][\u2014\u2013-][^\s]/;
/** Longer runs (URLs, long compounds) may still break: unbreakable, they could overflow a narrow column. */
const MAX_KEPT = 32;

/** `html` with every "word—word", "word–word" and "word-word" wrapped in `<span class="nobr">`. Tags are left alone. */
export function keepDashesWithWords(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[^\s<>]+/g, (word) => (INNER_DASH.test(word) && word.replace(/\u00AD/g, '').length <= MAX_KEPT ? `<span class="nobr">${word}</span>` : word))))
    .join('');
}

/** How one language sets quotes and the space around punctuation (from its strings file). */
export interface TypeRules {
  /** Double open, double close, single open, single close: `"` and `'` as typed. */
  quotes: readonly [string, string, string, string];
  /** Quote marks by nesting level, outermost first; when set, the level decides, not the mark typed. */
  levels?: readonly (readonly [string, string])[];
  /** The space before each of ; : ! ? that takes one ("" removes any). */
  spaceBefore?: Readonly<Record<string, string>>;
  /** The space inside « ». */
  guillemetSpace?: string;
}

export function typeRules(strings: Pick<UiStrings, 'quotes' | 'quote_levels' | 'space_before' | 'guillemet_space'>): TypeRules {
  return {
    quotes: strings.quotes,
    ...(strings.quote_levels ? { levels: strings.quote_levels } : {}),
    ...(strings.space_before ? { spaceBefore: strings.space_before } : {}),
    ...(strings.guillemet_space !== undefined ? { guillemetSpace: strings.guillemet_space } : {}),
  };
}

/**
 * Stand-ins the Markdown typographer puts for opening and closing quotes when the
 * language sets quotes by level: `typesetHtml` then picks each mark by its nesting.
 * Private-use characters, which no letter contains.
 */
export const LEVEL_QUOTES: [string, string, string, string] = ['\uE000', '\uE001', '\uE000', '\uE001'];
const OPEN = '\uE000';
const CLOSE = '\uE001';

/** After these, a quote opens; elsewhere it closes. */
const OPENS_AFTER = /[\s([{\u2014\u2013\-\u00AB\u201C\u2018\u201E\u201A\uE000/]/u;

/**
 * Typographic quotes and spacing in a plain text from the front matter or the registry
 * (the body gets its quotes from the Markdown typographer): an apostrophe inside a
 * word becomes ’; `"` and `'` become the language's marks, opening or closing by
 * position, and by nesting level where the language sets levels; then the spacing.
 */
export function typesetText(text: string, rules: TypeRules): string {
  const withApostrophes = text.replace(/(\p{L})'(\p{L})/gu, '$1’$2');
  let marked = '';
  for (let i = 0; i < withApostrophes.length; i++) {
    const c = withApostrophes[i]!;
    if (c !== '"' && c !== "'") {
      marked += c;
      continue;
    }
    const opens = i === 0 || OPENS_AFTER.test(withApostrophes[i - 1]!);
    if (rules.levels) marked += opens ? OPEN : c === "'" && !hasOpen(marked) ? '’' : CLOSE;
    else {
      const [dOpen, dClose, sOpen, sClose] = rules.quotes;
      marked += c === '"' ? (opens ? dOpen : dClose) : opens ? sOpen : sClose;
    }
  }
  return spacePunctuation(resolveLevels(marked, rules, { depth: [] }), rules);
}

/** Whether a stand-in quote is still open in `text`. */
function hasOpen(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === OPEN) depth++;
    else if (c === CLOSE && depth > 0) depth--;
  }
  return depth > 0;
}

/** The stand-ins replaced by each level's marks; `state` carries the open quotes across the pieces of one block. */
function resolveLevels(text: string, rules: TypeRules, state: { depth: number[] }): string {
  if (!text.includes(OPEN) && !text.includes(CLOSE)) return text;
  const levels = rules.levels ?? [[rules.quotes[0], rules.quotes[1]], [rules.quotes[2], rules.quotes[3]]];
  let out = '';
  for (const c of text) {
    if (c === OPEN) {
      const level = state.depth.length % levels.length;
      state.depth.push(level);
      out += levels[level]![0];
    } else if (c === CLOSE) {
      out += levels[state.depth.pop() ?? 0]![1];
    } else out += c;
  }
  return out;
}

const SPACES = '[ \\u00A0\\u202F]';

/** French spacing: the language's space before ; : ! ? and inside « », whatever space (or none) was typed. */
function spacePunctuation(text: string, rules: TypeRules, before = ''): string {
  let out = text;
  const marks = Object.keys(rules.spaceBefore ?? {});
  if (marks.length) {
    const pattern = new RegExp(`(${SPACES}*)([${marks.join('')}])(?=$|[\\s)\\]}»”’.,;:!?…])`, 'gu');
    out = out.replace(pattern, (whole, _space: string, mark: string, offset: number, all: string) => {
      const prev = (before + all.slice(0, offset)).slice(-1);
      // Not at the start of a text, not after another of these marks ("?!"), never inside an entity ("&amp;").
      if (!prev || /\s/u.test(prev) || /[;:!?]/.test(prev)) return whole;
      if (mark === ';' && /&#?\w+$/.test(before + all.slice(0, offset))) return whole;
      return `${rules.spaceBefore![mark]}${mark}`;
    });
  }
  if (rules.guillemetSpace !== undefined) {
    out = out.replace(new RegExp(`«${SPACES}*`, 'gu'), `«${rules.guillemetSpace}`).replace(new RegExp(`${SPACES}*»`, 'gu'), `${rules.guillemetSpace}»`);
  }
  return out;
}

/** Tags that end a paragraph-like block: quotes never stay open across them. */
const BLOCK_TAG = /^<\/?(?:p|li|h[1-6]|blockquote|td|th|dt|dd|figcaption|div|ul|ol|table|tr|pre)\b/i;

/**
 * The body's HTML (from the Markdown typographer, quotes as LEVEL_QUOTES stand-ins when
 * the language sets levels) with each quote set by its level and the language's
 * spacing applied to the text — never to tags, attributes or code.
 */
export function typesetHtml(html: string, rules: TypeRules): string {
  if (!rules.levels && !rules.spaceBefore && rules.guillemetSpace === undefined) return html;
  const state = { depth: [] as number[] };
  let code = 0;
  let last = '';
  return html
    .split(/(<[^>]*>)/)
    .map((part, i) => {
      if (i % 2 === 1) {
        if (BLOCK_TAG.test(part)) {
          state.depth = [];
          last = '';
        }
        if (/^<(code|pre)\b/i.test(part)) code++;
        else if (/^<\/(code|pre)\b/i.test(part)) code = Math.max(0, code - 1);
        return part;
      }
      if (code > 0 || part === '') return part;
      const text = spacePunctuation(resolveLevels(part, rules, state), rules, last);
      last = text.slice(-1) || last;
      return text;
    })
    .join('');
}
