/**
 * The site's parts that need no browser, in-process: the description link previews
 * show, `--base-url`, the JSON-LD's escaping, sizes in the page's language, heading
 * levels under the page's h1, the site's words in every built-in language, and which
 * template files come from the workspace now rather than from the release.
 */
import { describe, expect, it } from 'vitest';
import { fill, loadStrings } from '../../src/i18n/strings.js';
import { genderEvidence } from '../../src/i18n/gender.js';
import { FrontMatterSchema, type ResolvedFrontMatter } from '../../src/model/schema.js';
import { demoteHeadings } from '../../src/publish/site-pages.js';
import { fileSize, firstSentence, parseBaseUrl, scriptJson } from '../../src/publish/site-meta.js';
import { isSiteTemplate } from '../../src/publish/site-templates.js';
import { buildLetterView } from '../../src/resolve/letter-view.js';
import { plural } from '../../src/resolve/signer-count.js';
import { signersOf } from '../../src/workspace/signers.js';
import { TemplateFiles } from '../../src/workspace/template-files.js';

const builtin = new TemplateFiles(undefined);

function view(body: string, lang = 'en', hyphenate = false) {
  const fm = FrontMatterSchema.parse({ title: 'T', date: '2022-10-12', languages: [lang], hyphenate }) as ResolvedFrontMatter;
  return buildLetterView({
    frontMatter: fm, bodyMarkdown: body, signers: signersOf(fm.signatories), registry: new Map(), lang,
    strings: loadStrings(builtin, lang), gender: genderEvidence(builtin, [lang]), draft: false, resolveImage: () => ({ problem: { code: 'image-refused', message: 'no images', needle: '' } }),
  }).view;
}

describe('the description (og:description)', () => {
  it('is the body\'s first sentence as plain text, abbreviations and quotes kept', () => {
    expect(firstSentence(view('We, the U.S. and Mexican groups, write "today". More follows.\n\nNext paragraph.'))).toBe('We, the U.S. and Mexican groups, write “today”.');
  });

  it('drops soft hyphens, and cuts a long sentence at a word with "…"', () => {
    const long = `${'Organizaciones internacionales comprometidas '.repeat(12)}fin.`;
    const text = firstSentence(view(long, 'es', true));
    expect(text).not.toContain('\u00AD');
    expect(text.length).toBeLessThanOrEqual(300);
    expect(text).toMatch(/ comprometidas…$|internacionales…$|Organizaciones…$/);
  });

  it('reads past markup: a heading or a list before the first paragraph, emphasis, a link\'s address', () => {
    expect(firstSentence(view('## Summary\n\n- a point\n\n**Dear** friends of [the court](https://example.org): we write. Then more.'))).toBe('Dear friends of the court: we write.');
  });
});

describe('--base-url', () => {
  it('takes an absolute http(s) address and drops its trailing slash', () => {
    expect(parseBaseUrl('https://example.org/letters/x/')).toBe('https://example.org/letters/x');
    expect(parseBaseUrl('http://example.org')).toBe('http://example.org');
  });

  it('refuses anything else as wrong usage', () => {
    for (const bad of ['example.org/x', 'ftp://example.org/', 'https://example.org/x?a=1', 'https://example.org/#top', 'file:///tmp/site', 'https://user:pw@example.org/']) {
      expect(() => parseBaseUrl(bad), bad).toThrow(expect.objectContaining({ code: 'invalid-base-url', exitCode: 2 }));
    }
  });
});

describe('the JSON-LD block', () => {
  it('cannot be ended or opened by what a name holds', () => {
    const json = scriptJson({ name: '</script><script>alert(1)</script> & <!-- \u2028' });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script> & <!-- \u2028' });
  });
});

describe('the page', () => {
  it('writes sizes as the language does', () => {
    expect(fileSize(812, 'en')).toBe('812 byte');
    expect(fileSize(56_546, 'en')).toBe('57 kB');
    expect(fileSize(6_394, 'en')).toBe('6.4 kB');
    expect(fileSize(1_234_567, 'es')).toBe('1,2 MB');
  });

  it('keeps one h1: a body that starts at # goes one level down, one that starts at ## stays', () => {
    expect(demoteHeadings('<h1 id="a">A</h1><p>x</p><h2>B</h2><h6>C</h6>')).toBe('<h2 id="a">A</h2><p>x</p><h3>B</h3><h6>C</h6>');
    expect(demoteHeadings('<h2>B</h2><h3>C</h3>')).toBe('<h2>B</h2><h3>C</h3>');
  });

  it('has its words in every built-in language, regional ones included', () => {
    for (const lang of ['en', 'en-GB', 'es', 'es-ES', 'fr', 'fr-CA', 'pt', 'pt-PT', 'de', 'it']) {
      const { site } = loadStrings(builtin, lang);
      const sent = fill(site.sent, { date: 'D', version: '2', signers: plural(site.signers, 58, lang) });
      expect(sent, lang).toMatch(/D.*2.*58/);
      expect(site.formats.pdf, lang).toBe('PDF');
    }
    expect(loadStrings(builtin, 'pt-PT').site.downloads).toBe('Transferências');
    expect(loadStrings(builtin, 'pt').site.downloads).toBe('Downloads');
    expect(fill(loadStrings(builtin, 'es').site.sent, { date: '12 de octubre de 2022', version: '2', signers: plural(loadStrings(builtin, 'es').site.signers, 1, 'es') })).toBe('Enviada el 12 de octubre de 2022 · v2, 1 firmante');
  });

  it('reads the site\'s own templates from the workspace now, the letter\'s from the release', () => {
    for (const name of ['site.hbs', 'site.css', 'site-embed.hbs', 'site-card.hbs', 'partials/site-signatories.hbs', 'partials/site-footer.hbs']) expect(isSiteTemplate(name), name).toBe(true);
    for (const name of ['letter.hbs', 'letter.css', 'partials/signatories.hbs', 'partials/body.hbs', 'i18n/en.yaml', 'sites/x.hbs']) expect(isSiteTemplate(name), name).toBe(false);
  });
});
