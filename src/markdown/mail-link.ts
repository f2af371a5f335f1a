/**
 * Mail links without attachments. Some mail programs (Outlook, Thunderbird's older
 * versions, several on Linux) honour `mailto:x@y?attach=/etc/passwd` by attaching
 * that file of the reader's own computer: a letter's link, in the HTML, the PDF or
 * the Word letter, keeps only the fields a message is written with.
 */

/** The mail fields a link may fill in. */
const FIELDS = new Set(['subject', 'body', 'cc', 'bcc', 'to']);

/** `href` with a `mailto:` link's query cut down to subject, body, cc, bcc and to; any other link as it was. */
export function withoutMailAttachments(href: string): string {
  const match = /^(mailto:[^?#]*)(\?[^#]*)?(#.*)?$/is.exec(href);
  if (!match?.[2]) return href;
  const kept = match[2].slice(1).split('&').filter((pair) => {
    const name = pair.split('=')[0]!;
    let decoded = name;
    try {
      decoded = decodeURIComponent(name);
    } catch {
      return false;
    }
    return FIELDS.has(decoded.trim().toLowerCase());
  });
  return `${match[1]}${kept.length ? `?${kept.join('&')}` : ''}`;
}
