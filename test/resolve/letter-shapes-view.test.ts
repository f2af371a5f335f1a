/**
 * The letter view and its plain text for the shapes of issue 26, in process: no title
 * block, the dateline's pattern kept whole, a reference line, `greeting: ""`, cc entries
 * with their lines and address in both places, `1)`/`a)` lists and footnotes in the body's
 * HTML and in plain text, and names with post-nominals sorted by the family name.
 */
import { describe, expect, it } from 'vitest';
import { genderEvidence } from '../../src/i18n/gender.js';
import { nameParts, personSortKey } from '../../src/i18n/names.js';
import { loadStrings } from '../../src/i18n/strings.js';
import { renderMarkdown } from '../../src/markdown/markdown.js';
import { FrontMatterSchema, type ResolvedFrontMatter, type Signatory } from '../../src/model/schema.js';
import { letterPlainText } from '../../src/release/plain-text.js';
import { buildLetterView } from '../../src/resolve/letter-view.js';
import { signersOf } from '../../src/workspace/signers.js';
import { TemplateFiles } from '../../src/workspace/template-files.js';

const registry = new Map<string, Signatory>([
  ['idec', { kind: 'organization', name: 'Instituto Brasileiro de Defesa do Consumidor', short: 'Idec' }],
]);

function view(front: Record<string, unknown>, body = 'Text.', lang = 'en', strings = loadStrings(new TemplateFiles(undefined), lang)) {
  const fm = FrontMatterSchema.parse({ title: 'A title', date: '2018-10-12', ...front }) as ResolvedFrontMatter;
  return buildLetterView({
    frontMatter: fm, bodyMarkdown: body, signers: signersOf(fm.signatories), registry, lang,
    strings, gender: genderEvidence(new TemplateFiles(undefined), fm.languages ?? [lang]), draft: false,
    resolveImage: () => ({ problem: { code: 'image-refused', message: 'no images here', needle: '' } }),
  }).view;
}

const render = (markdown: string) => renderMarkdown(markdown, { quotes: ['“', '”', '‘', '’'], resolveImage: () => ({ dataUrl: 'data:,' }) as never, lang: 'pt-BR' }).html;

describe('the heading', () => {
  it('title_block: false prints no title in the plain text; the view keeps the title', () => {
    const v = view({ title_block: false, place: 'Canberra' });
    expect(v.titleBlock).toBe(false);
    expect(v.title).toBe('A title');
    expect(letterPlainText(v)).not.toContain('A title');
    expect(letterPlainText(view({ place: 'Canberra' }))).toMatch(/^A title\n\nCanberra, October 12, 2018\n/);
  });

  it('keeps every character of a dateline pattern: "{place} {date}." ends with its full stop', () => {
    const strings = { ...loadStrings(new TemplateFiles(undefined), 'en'), dateline: '{place} {date}.' };
    const v = view({ place: 'Canberra' }, 'Text.', 'en', strings);
    expect(v.dateline).toBe('Canberra October 12, 2018.');
    expect(v.placeLead).toBe('Canberra ');
    expect(v.dateTrail).toBe('.');
    // Without a place: the date and what follows the pattern's last placeholder.
    expect(view({}, 'Text.', 'en', strings).dateline).toBe('October 12, 2018.');
  });

  it('prints the reference line (one text, or by language) before the addressees', () => {
    const v = view({ reference: { en: 'Our ref. 100/2018', es: 'Ref. 100/2018' }, languages: ['en', 'es'], to: [{ name: 'Jane Roe', salutation: 'Minister' }] });
    expect(v.reference).toBe('Our ref. 100/2018');
    expect(letterPlainText(v)).toMatch(/Our ref\. 100\/2018\n\nJane Roe\n/);
  });
});

describe('greeting: ""', () => {
  it('prints no greeting, where one would otherwise be built', () => {
    const to = [{ name: 'Jane Roe', salutation: 'Minister Roe' }];
    expect(view({ to }).greeting).toBe('Dear Minister Roe,');
    expect(view({ to, greeting: '' }).greeting).toBeUndefined();
  });
});

describe('cc entries', () => {
  const cc = [{ name: 'Peter Dalton MP', honorific: 'Honorable', title: 'Minister for Home Affairs', address: ['PO Box 6022', 'Parliament House'] }, 'Jane Roe'];

  it('keep their honorific, name, title and address lines, under the addressees or at the end', () => {
    const under = view({ cc, cc_position: 'after-addressees', to: [{ name: 'Anthony Smith MP', salutation: 'Mr Speaker' }] });
    expect(under.ccPosition).toBe('after-addressees');
    expect(under.ccEntries).toEqual([
      { lines: ['Honorable Peter Dalton MP', 'Minister for Home Affairs'], address: ['PO Box 6022', 'Parliament House'] },
      { lines: ['Jane Roe'], address: [] },
    ]);
    const text = letterPlainText(under);
    expect(text).toContain('Anthony Smith MP\n\ncc: Honorable Peter Dalton MP\n    Minister for Home Affairs\n    PO Box 6022\n    Parliament House\n\n    Jane Roe\n\nDear Mr Speaker,');
    const end = view({ cc });
    expect(end.ccPosition).toBe('end');
    expect(letterPlainText(end).trimEnd()).toMatch(/cc: Honorable Peter Dalton MP\n[\s\S]*Jane Roe$/);
  });

  it('a committee addressee prints its postal address', () => {
    const v = view({ to: [{ name: 'Committee Secretary', title: 'Parliamentary Joint Committee on Intelligence and Security', collective: true, address: ['PO Box 6100', 'Parliament House', 'Canberra ACT 2600'] }] });
    expect(v.to[0]!.lines).toEqual(['Committee Secretary', 'Parliamentary Joint Committee on Intelligence and Security']);
    expect(v.to[0]!.address).toEqual(['PO Box 6100', 'Parliament House', 'Canberra ACT 2600']);
  });
});

describe('named representatives', () => {
  it('print name, title and organization (written out or from the registry), in 2 or 3 columns', () => {
    const reps = [{ name: 'Elisa Moura Bastos', title: 'Coordenadora Executiva', id: 'idec' }, { name: 'Marina Lopes Viana', organization: 'Fórum Nacional' }];
    const v = view({ signing: { representatives: reps, list: false } });
    expect(v.signing.representatives.map((r) => r.lines)).toEqual([
      ['Elisa Moura Bastos', 'Coordenadora Executiva', 'Instituto Brasileiro de Defesa do Consumidor (Idec)'],
      ['Marina Lopes Viana', 'Fórum Nacional'],
    ]);
    expect(v.signing.representativeColumns).toBe(2);
    expect(v.signing.list).toBe(false);
    expect(view({ signing: { representatives: [...reps, ...reps] as never } }).signing.representativeColumns).toBe(2);
    expect(view({ signing: { representatives: [...reps, reps[0]] as never } }).signing.representativeColumns).toBe(3);
    expect(letterPlainText(v)).toContain('Elisa Moura Bastos\nCoordenadora Executiva\nInstituto Brasileiro de Defesa do Consumidor (Idec)');
  });
});

describe('the body', () => {
  it('keeps `1)` and `a)` list marks, and prints them as written in plain text', () => {
    const html = render('Reasons:\n\n1) one;\n2) two.\n\nWe ask:\na) this\ncontinued;\nb) that.\n\nA) Upper\nB) Second');
    expect(html).toContain('<ol class="list-paren">');
    expect(html).toContain('<ol type="a" class="list-paren list-lower-alpha">\n<li>this\ncontinued;</li>');
    expect(html).toContain('<ol type="A" class="list-paren list-upper-alpha">');
    const text = letterPlainText(view({}, 'Reasons:\n\n1) one;\n2) two.\n\nWe ask:\na) this\ncontinued;\nb) that.'));
    expect(text).toContain('1) one;\n2) two.');
    expect(text).toContain('a) this continued;\nb) that.');
    // A paragraph that merely starts with "b)" is a paragraph.
    expect(render('b) is not a list.')).toBe('<p>b) is not a list.</p>\n');
  });

  it('numbers footnotes with superscript marks and sets the notes under the body; plain text has [1]', () => {
    const html = render('A claim[^x] and another^[Inline note.].\n\n[^x]: The source.');
    expect(html).toContain('<sup class="footnote-ref"><a href="#fn-pt-BR-1" id="fnref-pt-BR-1">1</a></sup>');
    expect(html).toContain('<section class="footnotes">');
    expect(html).not.toContain('↩');
    const text = letterPlainText(view({ closing: 'Yours,' }, 'A claim[^x] and another^[Inline note.].\n\n[^x]: The source.'));
    expect(text).toContain('A claim[1] and another[2].\n\n[1] The source.\n\n[2] Inline note.\n\nYours,');
  });
});

describe('names with post-nominals', () => {
  it('sort under the family name', () => {
    expect(personSortKey('Dr Abhay Kumar Singh, B. Tech (IT), MBA, PhD', 'default')).toBe('Singh, Abhay Kumar');
    expect(personSortKey('Professor Helen Marsh AM', 'default')).toBe('Marsh, Helen');
    expect(personSortKey('Martin Luther King, Jr.', 'default')).toBe('King, Martin Luther, Jr.');
    expect(nameParts('Ma Jun', 'default').family).toBeDefined();
    expect(personSortKey('Ma Jun', 'default')).toBe('Jun, Ma');
  });
});
