/**
 * One CSV record; every CSV the tool writes goes through here (`org list --csv`, a
 * release's signatories.csv, build's recipients.csv). A cell a spreadsheet would read as a formula
 * (`=HYPERLINK(…)` imported from a sign-on form) gets a leading `'`, as OWASP
 * recommends against CSV injection, so it opens as the text it is.
 */
export function csvLine(cells: readonly string[]): string {
  return cells.map((cell) => {
    const c = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
    return /[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c;
  }).join(',');
}
