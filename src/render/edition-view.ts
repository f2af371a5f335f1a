/**
 * What a combined two-language edition is made of (src/render/bilingual.ts makes it,
 * templates/bilingual.hbs prints it through html.ts): types only, so the renderer and
 * the edition maker both use them without importing each other.
 */
import type { LetterView } from '../resolve/letter-view.js';

export type BilingualMode = 'parallel' | 'sequential';

export interface EditionCell {
  lang: string;
  html: string;
}

export interface EditionRow {
  /** heading, addressees, greeting, body, closing, cc: a CSS class `row-<kind>`. */
  kind: string;
  cells: EditionCell[];
}

/** What templates/bilingual.hbs receives. */
export interface EditionView {
  mode: BilingualMode;
  /** The first language: the document's own language. */
  lang: string;
  langs: string[];
  title: string;
  paper: LetterView['paper'];
  draft: boolean;
  /** The first language's strings and metadata. */
  strings: LetterView['strings'];
  meta: LetterView['meta'];
  /** One full view per language, in order. */
  parts: LetterView[];
  primary: LetterView;
  /**
   * Parallel editions: the first language's view with the signatory block in both
   * languages (heading, as-of phrase, note, group headings, titles and the pending
   * mark: "Signed / Firman", "Spain / España"), for the one shared signatory list.
   */
  shared: LetterView;
  /** Sequential editions: the CSS numbering each part's pages (named pages, counter styles). */
  partPageCss: string;
  /** Parallel editions only: the aligned rows before the signatory list… */
  rows: EditionRow[];
  /** …and after it (cc). */
  tail: EditionRow[];
}
