/**
 * An ordered list's marks in the Word letter as the HTML prints them: its numbers'
 * kind (`type`: 1, a, A, i, I) and the character after them (`.`, or `)` for the
 * lists written `1)` and `a)`, class `list-paren`, src/markdown/list-markers.ts). Each
 * list gets a numbering of its own whose every level has those marks, as a nested `<ol>`
 * keeps its own marks in HTML.
 */
import { LevelFormat } from 'docx';
import { PAREN_LIST_CLASS } from '../../markdown/list-markers.js';

export interface OrderedMarks {
  /** `arabic-indic`: a decimal list of a letter whose numbers are Arabic-Indic (١، ٢، ٣), Word's `hindiNumbers`. */
  format: 'decimal' | 'arabic-indic' | 'lower-alpha' | 'upper-alpha' | 'lower-roman' | 'upper-roman';
  suffix: '.' | ')';
}

const TYPES: Record<string, OrderedMarks['format']> = { 1: 'decimal', a: 'lower-alpha', A: 'upper-alpha', i: 'lower-roman', I: 'upper-roman' };

/** The marks of an `<ol>` by its attributes. */
export function orderedMarks(attribs: Record<string, string>): OrderedMarks {
  const paren = (attribs.class ?? '').split(/\s+/).includes(PAREN_LIST_CLASS);
  return { format: TYPES[attribs.type ?? '1'] ?? 'decimal', suffix: paren ? ')' : '.' };
}

/** A name for the marks, part of a numbering's reference: `decimal.`, `lower-alpha)`. */
export function marksKey(marks: OrderedMarks = { format: 'decimal', suffix: '.' }): string {
  return `${marks.format}${marks.suffix}`;
}

const FORMATS: Record<OrderedMarks['format'], (typeof LevelFormat)[keyof typeof LevelFormat]> = {
  decimal: LevelFormat.DECIMAL,
  'arabic-indic': LevelFormat.HINDI_NUMBERS,
  'lower-alpha': LevelFormat.LOWER_LETTER,
  'upper-alpha': LevelFormat.UPPER_LETTER,
  'lower-roman': LevelFormat.LOWER_ROMAN,
  'upper-roman': LevelFormat.UPPER_ROMAN,
};

/** The marks back from their key. */
export function marksOf(key: string): { format: (typeof LevelFormat)[keyof typeof LevelFormat]; suffix: string } {
  const suffix = key.endsWith(')') ? ')' : '.';
  return { format: FORMATS[key.slice(0, -1) as OrderedMarks['format']] ?? LevelFormat.DECIMAL, suffix };
}
