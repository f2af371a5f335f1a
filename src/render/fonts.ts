/**
 * The bundled faces, so every machine prints the letter identically and no character
 * falls back to a system font the document does not control. From npm (fontsource):
 * - Source Serif 4 (@fontsource/source-serif-4): the Latin scripts (with Vietnamese),
 *   Cyrillic and Greek; regular, italic, bold and bold italic;
 * - Noto Serif SC and Noto Serif TC (@fontsource/noto-serif-sc, -tc): Chinese,
 *   Simplified and Traditional forms; regular and bold (Chinese has no italic). Each
 *   weight is cut into about a hundred `unicode-range` slices;
 * - Noto Naskh Arabic (@fontsource/noto-naskh-arabic): its Arabic subset; regular and bold.
 *
 * Which face a page tries first is chosen by the letter's language (`fontFamiliesFor`):
 * Chinese letters set Latin in Source Serif 4 and the rest in the Simplified or
 * Traditional face; Arabic letters the Arabic face first. Every stack ends with the
 * other bundled faces, so a Chinese name in an English letter still prints in a
 * bundled face, and `check`'s font coverage (the union of all faces) says the truth.
 *
 * Two ways to give a page its fonts (`FontSource`):
 * - `inline`: as `data:` URLs, so the written `.html` file is self-contained; only the
 *   faces whose `unicode-range` holds a character of the page are inlined (a Chinese
 *   letter carries the slices its characters are in, not all 20 MB of them);
 * - `served`: by address under FONT_ORIGIN, which the printer answers from memory with
 *   `servedFonts()` (each file read on first request), so a printing page does not parse
 *   base64 again for every letter (about a fifth of the print time; docs/performance.md).
 *   Chromium fetches a face only when the page has a character in its range.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageFolder } from '../package-root.js';
import { fontCodePoints } from './font-cmap.js';

export const FONT_FAMILY = 'Source Serif 4';
export const CHINESE_SIMPLIFIED_FAMILY = 'Noto Serif SC';
export const CHINESE_TRADITIONAL_FAMILY = 'Noto Serif TC';
export const ARABIC_FAMILY = 'Noto Naskh Arabic';
export type FontSource = 'inline' | 'served';
/** How a rendered page gets its faces: a `FontSource`, or `none` for a page nobody shows (`check` renders to find problems). */
export type FontChoice = FontSource | 'none';
/** `.invalid` can never resolve (RFC 2606): a page that ever asked the network would get nothing. */
const FONT_ORIGIN = 'http://fonts.invalid/';

/** A bundled font package: which of its CSS files and subsets are used (scripts/vendor-files.mjs copies the same). */
interface FontPackage {
  name: string;
  family: string;
  styles: readonly string[];
  /** The subsets used, by the name in the CSS comment above each block (`latin`, `[12]`…). */
  subset: (name: string) => boolean;
}

const LATIN_GREEK_CYRILLIC = new Set(['latin', 'latin-ext', 'vietnamese', 'cyrillic', 'cyrillic-ext', 'greek']);
/** The numbered slices hold the Chinese characters and punctuation; Latin is Source Serif 4's. */
const NUMBERED_SLICE = (name: string) => /^\[\d+\]$/.test(name);

const PACKAGES: readonly FontPackage[] = [
  { name: '@fontsource/source-serif-4', family: FONT_FAMILY, styles: ['400.css', '400-italic.css', '700.css', '700-italic.css'], subset: (name) => LATIN_GREEK_CYRILLIC.has(name) },
  { name: '@fontsource/noto-serif-sc', family: CHINESE_SIMPLIFIED_FAMILY, styles: ['400.css', '700.css'], subset: NUMBERED_SLICE },
  { name: '@fontsource/noto-serif-tc', family: CHINESE_TRADITIONAL_FAMILY, styles: ['400.css', '700.css'], subset: NUMBERED_SLICE },
  { name: '@fontsource/noto-naskh-arabic', family: ARABIC_FAMILY, styles: ['400.css', '700.css'], subset: (name) => name === 'arabic' },
];

/** One @font-face block, cut around its `src:` declaration. */
interface Face {
  family: string;
  before: string;
  after: string;
  /** The woff2 file, relative to its package. */
  file: string;
  packageDir: string;
  /** Its `unicode-range`, as sorted [low, high] code point pairs: what fontsource declares. */
  ranges: [number, number][];
  /** What the font really holds (font-cmap.ts), read on first need. */
  codes?: Set<number>;
}

export interface ServedFont {
  type: string;
  body: Buffer;
}

const facesByPackage = new Map<FontPackage, Face[]>();
const allCss = new Map<FontSource, string>();
/** The served files of the packages listed so far (`servedFonts`), by address. */
const served = new Map<string, ServedFont>();
const servedPackages = new Set<FontPackage>();

function parseRanges(value: string): [number, number][] {
  const found: [number, number][] = [];
  for (const part of value.split(',')) {
    const m = /U\+([0-9A-F?]+)(?:-([0-9A-F]+))?/i.exec(part.trim());
    if (!m) continue;
    const low = parseInt(m[1]!.replace(/\?/g, '0'), 16);
    const high = m[2] ? parseInt(m[2], 16) : parseInt(m[1]!.replace(/\?/g, 'F'), 16);
    found.push([low, high]);
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/** The package's name without its scope, which its CSS comments and file names begin with: `noto-serif-sc`. */
function shortName(pkg: FontPackage): string {
  return pkg.name.slice(pkg.name.indexOf('/') + 1);
}

/**
 * One package's faces, read from its CSS on first need: an English page never reads the
 * Chinese packages' CSS, whose thousands of `unicode-range` entries cost about 45 ms to
 * parse (most of an HTML build's font work).
 */
function facesOf(pkg: FontPackage): Face[] {
  let found = facesByPackage.get(pkg);
  if (found) return found;
  found = [];
  const dir = packageFolder(pkg.name);
  const base = shortName(pkg).replace(/[-]/g, '\\-');
  const block = new RegExp(`/\\* ${base}-(\\[\\d+\\]|[a-z-]+)-\\d+-(?:normal|italic) \\*/\\s*(@font-face\\s*\\{[^}]*\\})`, 'g');
  for (const style of pkg.styles) {
    const text = readFileSync(join(dir, style), 'utf8');
    for (const match of text.matchAll(block)) {
      if (!pkg.subset(match[1]!)) continue;
      const rule = match[2]!.replace(/font-display:\s*swap;/, 'font-display: block;');
      const src = /src:[^;]*;/.exec(rule)!;
      found.push({
        family: pkg.family,
        before: rule.slice(0, src.index),
        after: rule.slice(src.index + src[0].length),
        file: /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(src[0])![1]!,
        packageDir: dir,
        ranges: parseRanges(/unicode-range:\s*([^;}]+)/.exec(rule)?.[1] ?? 'U+0-10FFFF'),
      });
    }
  }
  facesByPackage.set(pkg, found);
  return found;
}

/** Every bundled face, in the order of PACKAGES. */
function fontFaces(): Face[] {
  return PACKAGES.flatMap(facesOf);
}

/** The faces of one family (each family is one package). */
function familyFaces(family: string): Face[] {
  const pkg = PACKAGES.find((candidate) => candidate.family === family);
  return pkg ? facesOf(pkg) : [];
}

/** Where a served font file is asked for. */
function fontUrl(face: Face): string {
  return FONT_ORIGIN + face.file.slice('files/'.length);
}

/** Whether the face's declared range holds `code` (no file read). */
function declares(face: Face, code: number): boolean {
  let low = 0;
  let high = face.ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [from, to] = face.ranges[mid]!;
    if (code < from) high = mid - 1;
    else if (code > to) low = mid + 1;
    else return true;
  }
  return false;
}

/** Whether the face prints `code`: in its declared range and in its font's cmap. */
function holds(face: Face, code: number): boolean {
  if (!declares(face, code)) return false;
  face.codes ??= fontCodePoints(join(face.packageDir, face.file));
  return face.codes.has(code);
}

/** Printable ASCII: always given to the page's faces, for what CSS counters print (page numbers). */
const ASCII = Array.from({ length: 0x7e - 0x20 }, (_, i) => 0x21 + i);

/**
 * Digits CSS counters print in other numbering systems, which the page's text may not
 * hold ("صفحة ٢ من ٣": a 3-page letter whose text has no ٣): Arabic-Indic (`arab`)
 * and Eastern Arabic-Indic (`arabext`), given to the page's faces when its counters or
 * lists use them (html.ts: `numerals-<system>` on the body, `counter(page, <style>)`).
 */
const COUNTER_DIGITS: { used: RegExp; codes: number[] }[] = [
  { used: /class="[^"]*\bnumerals-arab\b|counter\(pages?, arabic-indic\)/, codes: Array.from({ length: 10 }, (_, i) => 0x660 + i) },
  { used: /class="[^"]*\bnumerals-arabext\b|counter\(pages?, persian\)/, codes: Array.from({ length: 10 }, (_, i) => 0x6f0 + i) },
];

/**
 * What decides a page's faces: the characters it prints (with the digits its counters
 * may print) and the font stacks of its languages (`lang="…"` attributes). Comments
 * are not the page's text. The key names both, for `fontFaceCss`'s cache.
 */
function pageCharacters(page: string): { codes: number[]; stacks: Set<string>; key: string } {
  const text = page.replace(/<!--[\s\S]*?-->/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ');
  // One pass over the page, no array of its characters: a 2,000-signer page is about a
  // million characters, and spreading it into strings cost 270 ms of the publish.
  const seen = new Set<number>([...ASCII, ...COUNTER_DIGITS.filter(({ used }) => used.test(page)).flatMap(({ codes }) => codes)]);
  // A bitmap of the basic plane says which characters were met, so that each is added
  // to the set once, not once per occurrence.
  const basic = new Uint8Array(0x10000);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit <= 0x20 || basic[unit]) continue;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const code = text.codePointAt(i)!;
      if (code > 0xffff) {
        i++;
        seen.add(code);
        continue;
      }
    }
    basic[unit] = 1;
    seen.add(unit);
  }
  const codes = [...seen].sort((a, b) => a - b);
  const langs = new Set([...page.matchAll(/\blang="([^"]*)"/g)].map((m) => m[1]!));
  const stacks = new Set([...(langs.size ? langs : ['en'])].map((lang) => fontFamiliesFor(lang).join('|')));
  return { codes, stacks, key: `${[...stacks].join(';')}:${codes.join(',')}` };
}

/**
 * The faces a page needs: for each of its characters, in each font stack its languages
 * use, the faces of the first family that holds it, as the browser picks them. An
 * English page with “quotes” needs Source Serif 4 alone, though the Chinese faces hold
 * “ ” too.
 */
function facesFor({ codes, stacks }: { codes: number[]; stacks: Set<string> }): Map<Face, Set<number>> {
  const wanted = new Map<Face, Set<number>>();
  for (const stack of stacks) {
    let left = codes;
    for (const family of stack.split('|')) {
      if (!left.length) break;
      const held = new Set<number>();
      for (const face of familyFaces(family)) {
        const mine = left.filter((code) => holds(face, code));
        if (!mine.length) continue;
        const set = wanted.get(face) ?? new Set<number>();
        for (const code of mine) {
          held.add(code);
          set.add(code);
        }
        wanted.set(face, set);
      }
      left = left.filter((code) => !held.has(code));
    }
  }
  // In the order of PACKAGES, as the browser meets the rules; only the packages read.
  const ordered = PACKAGES.flatMap((pkg) => facesByPackage.get(pkg) ?? []);
  return new Map(ordered.filter((face) => wanted.has(face)).map((face) => [face, wanted.get(face)!]));
}

/**
 * One @font-face rule. With `only`, its `unicode-range` is those code points: a Noto
 * face is then asked only for what it holds and the page prints, never for a code
 * point its declared range names but its font lacks. Source Serif 4 keeps its own
 * ranges (they are true), so text the page makes itself (hyphens, counters) finds it.
 */
function faceCss(face: Face, source: FontSource, only?: ReadonlySet<number>): string {
  const url = source === 'inline'
    ? `data:font/woff2;base64,${readFileSync(join(face.packageDir, face.file)).toString('base64')}`
    : `"${fontUrl(face)}"`;
  let rule = `${face.before}src: url(${url}) format('woff2');${face.after}`;
  if (only && face.family !== FONT_FAMILY) {
    const range = [...only].sort((a, b) => a - b).map((code) => `U+${code.toString(16)}`).join(',');
    rule = rule.replace(/unicode-range:\s*[^;}]+/, `unicode-range: ${range}`);
  }
  return rule;
}

/**
 * The families a letter in `lang` (a BCP 47 tag) is set in, first tried first: Chinese
 * (zh, zh-Hans, zh-CN…) Source Serif 4 for Latin then Noto Serif SC; Traditional Chinese
 * (zh-Hant, zh-TW, zh-HK, zh-MO) Noto Serif TC; Arabic Noto Naskh Arabic then Source
 * Serif 4 for Latin; every other language Source Serif 4. The other bundled faces follow.
 */
export function fontFamiliesFor(lang: string): string[] {
  const tag = lang.toLowerCase();
  let first: string[];
  if (/^zh(-|$)/.test(tag)) {
    first = /^zh-(hant|tw|hk|mo)(-|$)/.test(tag)
      ? [FONT_FAMILY, CHINESE_TRADITIONAL_FAMILY]
      : [FONT_FAMILY, CHINESE_SIMPLIFIED_FAMILY];
  } else if (/^ar(-|$)/.test(tag)) {
    first = [ARABIC_FAMILY, FONT_FAMILY];
  } else {
    first = [FONT_FAMILY];
  }
  const rest = bundledFamilies().filter((family) => !first.includes(family));
  return [...first, ...rest];
}

/** The CSS `font-family` value for a letter in `lang`: `"Source Serif 4", "Noto Serif SC", …, serif`. */
export function fontFamilyFor(lang: string): string {
  return [...fontFamiliesFor(lang).map((family) => `"${family}"`), 'serif'].join(', ');
}

/**
 * The faces by language: `:lang()` rules, so that a Chinese or Arabic letter (or passage
 * of a parallel edition) gets its stack even under a workspace's own letter.css, whose
 * `html { font-family }` they outrank. Later rules win: zh-Hant after zh.
 */
function languageRules(): string {
  return [
    `:lang(zh) { font-family: ${fontFamilyFor('zh')}; }`,
    `:lang(zh-Hant), :lang(zh-TW), :lang(zh-HK), :lang(zh-MO) { font-family: ${fontFamilyFor('zh-Hant')}; }`,
    `:lang(ar) { font-family: ${fontFamilyFor('ar')}; }`,
  ].join('\n');
}

/**
 * The @font-face rules of the bundled faces, their files given as `source` says, and
 * the per-language stacks. With `text` (the page), only the faces its characters are
 * printed in (`facesFor`): what `inline` needs to stay small (a page without Chinese
 * carries no Chinese face). Without it, every face (the served pages of the site's cards).
 */
export function fontFaceCss(source: FontSource = 'served', text?: string): string {
  if (text === undefined) {
    let css = allCss.get(source);
    if (css === undefined) {
      css = [...fontFaces().map((face) => faceCss(face, source)), languageRules()].join('\n');
      allCss.set(source, css);
    }
    return css;
  }
  // Copies of one letter (`delivery: each`), its languages and its rebuilds print the
  // same characters: their rules are made once (0.4–0.8 ms a page otherwise).
  const page = pageCharacters(text);
  const key = `${source}/${page.key}`;
  let css = pageCss.get(key);
  if (css === undefined) {
    css = [...[...facesFor(page)].map(([face, codes]) => faceCss(face, source, codes)), languageRules()].join('\n');
    if (pageCss.size >= PAGE_CSS_KEPT) pageCss.clear();
    pageCss.set(key, css);
  }
  return css;
}

/** The rules `fontFaceCss` made, by source and characters; a few hundred at most (a long `preview` or `build --watch`). */
const pageCss = new Map<string, string>();
const PAGE_CSS_KEPT = 256;

/** Answers of `bundledHolds`, by code point: a Chinese letter asks for each of its thousands of characters, and a miss looks through every face (some 400 slices). */
const heldByCode = new Map<number, boolean>();

/** Whether a bundled face prints `code` (what `check` reports against): declared and in the font. */
export function bundledHolds(code: number): boolean {
  let held = heldByCode.get(code);
  if (held === undefined) heldByCode.set(code, (held = PACKAGES.some((pkg) => facesOf(pkg).some((face) => holds(face, code)))));
  return held;
}

/**
 * The page with its fonts where `FONT_CSS_MARK` stands (the templates' `{{{fontCss}}}`):
 * the faces its own characters need (`fontFaceCss(source, page)`).
 */
export const FONT_CSS_MARK = '/*coalition:font-faces*/';

export function withFontFaces(html: string, source: FontChoice): string {
  const at = html.indexOf(FONT_CSS_MARK);
  if (at < 0) return html;
  const css = source === 'none' ? '' : fontFaceCss(source, html);
  return html.slice(0, at) + css + html.slice(at + FONT_CSS_MARK.length);
}

/** The families bundled, in the order of PACKAGES. */
export function bundledFamilies(): string[] {
  return PACKAGES.map((pkg) => pkg.family);
}

/** The files a printing page may ask for: answered by address; `size` counts every bundled face. */
export interface ServedFonts {
  get(url: string): ServedFont | undefined;
  readonly size: number;
}

/**
 * The files that `fontFaceCss('served')` refers to, by address. A package's faces are
 * listed when a page first asks for one of its files, and each file is read on its
 * first request: a Latin letter never reads the Chinese packages' CSS or their 18 MB
 * of slices.
 */
export function servedFonts(): ServedFonts {
  const list = (pkg: FontPackage) => {
    if (servedPackages.has(pkg)) return;
    servedPackages.add(pkg);
    for (const face of facesOf(pkg)) {
      let body: Buffer | undefined;
      served.set(fontUrl(face), {
        type: 'font/woff2',
        get body() {
          body ??= readFileSync(join(face.packageDir, face.file));
          return body;
        },
      });
    }
  };
  return {
    get(url) {
      // A file is named after its package: noto-serif-sc-[12]-400-normal.woff2.
      const name = url.startsWith(FONT_ORIGIN) ? url.slice(FONT_ORIGIN.length) : '';
      const pkg = PACKAGES.find((candidate) => name.startsWith(`${shortName(candidate)}-`));
      if (pkg) list(pkg);
      return served.get(url);
    },
    get size() {
      PACKAGES.forEach(list);
      return served.size;
    },
  };
}
