/**
 * Which links a Word letter keeps: only web, mail and phone addresses (http, https,
 * mailto, tel) become hyperlinks; any other scheme (file:, javascript:, data:, ftp:,
 * a Windows share) leaves its text and no link. The Markdown sanitizer already drops
 * such links from a letter's body, so this is the Word writer's own filter, tested on
 * a fragment given to it directly: were it opened to any scheme, no end-to-end test
 * would notice until the sanitizer changed.
 */
import { Document, Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { bodyToWord, type BodyContext } from '../../src/render/docx/word-body.js';
import { ZipParts } from '../../src/render/docx/zip-parts.js';

function context(): BodyContext {
  let instances = 0;
  return {
    lang: 'en-US', rtl: false, quotes: ['“', '”'], fontSize: 11, textWidth: 600, paragraphNumbering: ++instances,
    nextListInstance: (start) => ({ reference: `ordered-${start}`, instance: ++instances }), problems: [],
  };
}

/** The external hyperlink targets of a Word file made of `html`, and its document text. */
async function linksOf(html: string): Promise<{ targets: string[]; text: string }> {
  const blocks = bodyToWord(html, context()).flat();
  const bytes = await Packer.toBuffer(new Document({ sections: [{ children: blocks as never[] }] }));
  const zip = ZipParts.read(bytes, 'links.docx');
  const rels = zip.text('word/_rels/document.xml.rels') ?? '';
  const targets = [...rels.matchAll(/<Relationship\b[^>]*relationships\/hyperlink"[^>]*Target="([^"]*)"/g)].map((m) => m[1]!);
  const text = [...zip.text('word/document.xml')!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  return { targets, text };
}

describe('links in a Word letter', () => {
  it('keeps http, https, mailto and tel links', async () => {
    const { targets } = await linksOf('<p><a href="https://example.org/report">web</a> <a href="http://example.org/">plain</a> <a href="mailto:info@example.org">mail</a> <a href="tel:+15555550100">phone</a></p>');
    expect(targets.sort()).toEqual(['http://example.org/', 'https://example.org/report', 'mailto:info@example.org', 'tel:+15555550100']);
  });

  it.each([
    ['file:', 'file:///etc/passwd'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<b>x</b>'],
    ['ftp:', 'ftp://example.org/file'],
    ['a scheme of its own', 'ms-word:ofe|u|https://example.org/x.docx'],
    ['a Windows share', '\\\\server\\share\\doc.docx'],
    ['a relative path', '../secret.txt'],
  ])('turns a %s link into its text alone', async (_kind, href) => {
    const { targets, text } = await linksOf(`<p>See <a href="${href.replace(/"/g, '&quot;')}">the document</a>.</p>`);
    expect(targets).toEqual([]);
    expect(text).toBe('See the document.');
  });
});
