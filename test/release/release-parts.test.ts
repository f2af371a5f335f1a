/**
 * The parts of a release, one at a time: the plain text of a letter body, which
 * paragraphs changed between versions, and the signatory list as CSV (formula-safe).
 */
import { describe, expect, it } from 'vitest';
import { bodyParagraphs, characterCount, letterPlainText } from '../../src/release/plain-text.js';
import { describeParagraphChange, paragraphChanges } from '../../src/registry/paragraph-diff.js';
import { signatoriesCsv, type SignatoryRow } from '../../src/release/signatory-table.js';
import { renderMarkdown } from '../../src/markdown/markdown.js';
import type { LetterView } from '../../src/resolve/letter-view.js';

const html = (markdown: string) => renderMarkdown(markdown, { quotes: ['“', '”', '‘', '’'], resolveImage: () => ({ problem: { code: 'image-refused', message: 'no images here', needle: '' } }) }).html;

describe('plain text of a letter body', () => {
  it('keeps paragraphs, list marks, nesting, quotes and link addresses; drops markup', () => {
    const text = bodyParagraphs(html([
      'We write about *the law* & its [consultation](https://example.org/law).',
      '',
      '- first',
      '- second, with a sub-list:',
      '  1. one',
      '  2. two',
      '',
      '3. three',
      '4. four',
      '',
      '> Quoted words',
      '> on two lines.',
      '',
      '## A heading',
      '',
      'Write to <https://example.org> or [us](mailto:us@example.org).',
    ].join('\n')));
    expect(text).toEqual([
      'We write about the law & its consultation (https://example.org/law).',
      '• first\n• second, with a sub-list:\n  1. one\n  2. two',
      '3. three\n4. four',
      '    Quoted words on two lines.',
      'A heading',
      'Write to https://example.org or us (us@example.org).',
    ]);
  });

  it('has no soft hyphens or word joiners from a hyphenated edition', () => {
    expect(bodyParagraphs('<p>inter\u00adnational <span class="nobr">high-\u2060level</span></p>')).toEqual(['international high-level']);
  });

  it('lays the signatories out as printed: heading, groups, numbers, the updated line and the note', () => {
    const groups = [
      { heading: 'Mexico', signers: [{ id: 'a', text: 'Alpha (A)', name: 'Alpha (A)', kind: 'organization', pending: false, number: 1 }] },
      { heading: 'United States', signers: [
        { id: 'b', text: 'Beta', name: 'Beta', kind: 'organization', pending: false, number: 2 },
        { id: 'c', text: 'Jane Roe, Professor', name: 'Jane Roe', detail: 'Professor', kind: 'individual', pending: false, number: 3 },
      ] },
    ];
    const view = {
      greeting: 'Dear Minister,', body: '<p>Body.</p>', closing: 'Sincerely,',
      signing: {
        heading: 'Signed,', asOf: 'as of October 12, 2022', updated: 'Signatory list updated December 3, 2022', note: 'Affiliations for identification only.',
        numbered: true, count: 3, columns: 1, logos: [], groups, sections: [{ groups }],
      },
    } as unknown as LetterView;
    const text = letterPlainText(view);
    expect(text).toBe([
      'Dear Minister,', '', 'Body.', '', 'Sincerely,', '', 'Signed, as of October 12, 2022', '',
      'Mexico', '1. Alpha (A)', '', 'United States', '2. Beta', '3. Jane Roe, Professor', '',
      'Signatory list updated December 3, 2022', '', 'Affiliations for identification only.', '',
    ].join('\n'));
    expect(characterCount('Añó 😀\n')).toBe(6);
  });

  it('prints the count, the sections\' headings and each signer\'s details, as the letter does', () => {
    const network = { heading: undefined, signers: [{ id: 'n', text: 'Third World Network', name: 'Third World Network', kind: 'organization', pending: false, details: ['Malaysia'] }] };
    const national = { signers: [{ id: 'f', text: 'Fundación IFARMA', name: 'Fundación IFARMA', kind: 'organization', pending: false, details: ['Bogotá', 'Colombia'] }] };
    const view = {
      body: '',
      signing: {
        heading: 'Signed,', summary: '2 organizations from 2 countries', numbered: false, count: 2, columns: 1, logos: [],
        groups: [network, national],
        sections: [{ heading: 'International networks:', groups: [network] }, { heading: 'National organizations:', groups: [national] }],
      },
    } as unknown as LetterView;
    expect(letterPlainText(view)).toBe([
      'Signed,', '', '2 organizations from 2 countries', '', 'International networks:', '', 'Third World Network — Malaysia', '',
      'National organizations:', '', 'Fundación IFARMA — Bogotá, Colombia', '',
    ].join('\n'));
  });
});

describe('paragraph changes between two versions', () => {
  const oldText = 'One.\n\nTwo.\n\nThree.\n\nFour.';

  it('names changed, added and removed paragraphs by number, ignoring re-wrapping', () => {
    expect(paragraphChanges(oldText, 'One.\n\nTwo.\n\nThree.\n\nFour.\n')).toEqual([]);
    expect(paragraphChanges(oldText, 'One.\n\nTwo,\nrewritten.\n\nThree.\n\nFour.').map(describeParagraphChange)).toEqual(['paragraph 2 changed (“Two, rewritten.”)']);
    expect(paragraphChanges(oldText, 'One.\n\nTwo.\n\nThree.\n\nNew A.\n\nNew B.\n\nFour.').map(describeParagraphChange)).toEqual(['paragraphs 4–5 added (“New A.”)']);
    expect(paragraphChanges(oldText, 'One.\n\nFour.').map(describeParagraphChange)).toEqual(['paragraphs 2–3 of the previous version removed (“Two.”)']);
    expect(paragraphChanges('One.   \n\n\n\nTwo.', 'One.\n\nTwo.')).toEqual([]);
  });
});

describe('signatories.csv', () => {
  const row = (id: string, name: string): SignatoryRow => ({
    id, name: { en: name, es: name }, acronym: null, country: 'MX', kind: 'organization', status: 'confirmed', signed_on: '2022-10-10', printed: { en: name, es: name },
  });

  it('opens in a spreadsheet as text: formula cells get a leading quote, commas and quotes are quoted', () => {
    const csv = signatoriesCsv([row('evil', '=HYPERLINK("http://x","click")'), row('comma', 'Uno, "Dos"')], ['en', 'es']);
    expect(csv.startsWith('\ufeffid,name_en,name_es,acronym,country,kind,status,signed_on\r\n')).toBe(true);
    expect(csv).toContain('\r\nevil,"\'=HYPERLINK(""http://x"",""click"")","\'=HYPERLINK(""http://x"",""click"")",,MX,organization,confirmed,2022-10-10\r\n');
    expect(csv).toContain('\r\ncomma,"Uno, ""Dos""","Uno, ""Dos""",,MX,organization,confirmed,2022-10-10\r\n');
  });
});
