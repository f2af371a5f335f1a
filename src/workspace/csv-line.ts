/**
 * One CSV record; every CSV the tool writes goes through here (`org list --csv`, a
 * release's signatories.csv, build's recipients.csv). A cell a spreadsheet would read as a formula
 * (`=HYPERLINK(…)` imported from a sign-on form) gets a leading `'`, as OWASP
 * recommends against CSV injection, so it opens as the text it is. Spreadsheets also
 * read a formula after leading spaces, and some (with East Asian input) take the
 * full-width `＝ ＋ － ＠` for their ASCII forms: those cells are neutralized too.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;

export function csvLine(cells: readonly string[]): string {
  return cells.map((cell) => {
    const c = FORMULA_START.test(cell) ? `'${cell}` : cell;
    return /[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c;
  }).join(',');
}
