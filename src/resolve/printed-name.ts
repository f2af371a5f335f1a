/**
 * Whether two printed names are the same name. The letter prints names typeset (a
 * straight apostrophe becomes ’, quotes become “ ” or « », spaces may be no-break,
 * long words get soft hyphens), while the registry and today's list give them as
 * written: "Women's Refugee Commission" and "Women’s Refugee Commission" are one name.
 * Every comparison of printed names (a release's list against the last one's, `status`
 * against the last release) goes through here, so they never disagree.
 */

/** The name with typography undone: straight quotes, plain spaces, no soft hyphens, NFC. */
export function printedNameKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00ad/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u02bc\u2032]/g, '\'')
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[\s\u00a0\u2007\u2009\u202f]+/g, ' ')
    // French sets its quotes off with spaces: « WOLA » is "WOLA".
    .replace(/ ?" ?/g, '"')
    .trim();
}

export function samePrintedName(a: string, b: string): boolean {
  return a === b || printedNameKey(a) === printedNameKey(b);
}
