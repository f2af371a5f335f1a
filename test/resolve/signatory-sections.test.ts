/**
 * The signatory list's structure, from the resolved view: sections started by
 * `{ group: … }` items, sorting and country groups within each section, numbers across
 * sections, details after each name, the localized count, and typographic names.
 */
import { describe, expect, it } from 'vitest';
import { genderEvidence } from '../../src/i18n/gender.js';
import { loadStrings } from '../../src/i18n/strings.js';
import { FrontMatterSchema, type ResolvedFrontMatter, type Signatory } from '../../src/model/schema.js';
import { buildLetterView } from '../../src/resolve/letter-view.js';
import { signersOf } from '../../src/workspace/signers.js';
import { TemplateFiles } from '../../src/workspace/template-files.js';

const registry = new Map<string, Signatory>([
  ['zeta', { kind: 'organization', name: 'Zeta Network', country: 'US', city: { en: 'New York', es: 'Nueva York' } }],
  ['alfa', { kind: 'organization', name: 'Alfa Collective', country: 'HN', description: { en: 'a network of shelters', es: 'una red de albergues' } }],
  ['beta', { kind: 'organization', name: "People's \"Beta\" Forum", country: 'MX' }],
  ['gamma', { kind: 'organization', name: 'Gamma Institute', country: 'HN' }],
  ['delta', { kind: 'organization', name: 'Delta Center' }],
  ['roe', { kind: 'individual', name: 'Jane Roe', title: 'Professor', affiliation: 'University of Somewhere', country: 'MX' }],
  ['abel', { kind: 'individual', name: 'Luis Abel', country: 'GT' }],
]);

function view(front: Record<string, unknown>, lang = 'en', draft = false) {
  // Inline addressees only: the front matter is already what resolving officials would give.
  const fm = FrontMatterSchema.parse({ title: 'T', date: '2022-10-12', languages: ['en', 'es'], ...front }) as ResolvedFrontMatter;
  return buildLetterView({
    frontMatter: fm, bodyMarkdown: 'Text.', signers: signersOf(fm.signatories), registry, lang,
    strings: loadStrings(new TemplateFiles(undefined), lang), gender: genderEvidence(new TemplateFiles(undefined), fm.languages), draft, resolveImage: () => ({ problem: { code: 'image-refused', message: 'no images here', needle: '' } }),
  }).view;
}

const SECTIONED = [
  'zeta', 'alfa',
  { group: { en: 'National organizations:', es: 'Organizaciones nacionales:' } },
  'gamma', 'beta', 'delta', { id: 'alfa-pending', status: 'pending' },
  { group: { en: 'Individuals', es: 'Personas' } },
  'roe', 'abel',
];

describe('sections of the list', () => {
  it('keeps the sections in the letter\'s order and sorts signers within each', () => {
    const v = view({ signatories: SECTIONED });
    expect(v.signing.sections.map((s) => [s.heading ?? '', ...s.groups.flatMap((g) => g.signers.map((x) => x.name))])).toEqual([
      ['', 'Alfa Collective', 'Zeta Network'],
      ['National organizations:', 'Delta Center', 'Gamma Institute', 'People’s “Beta” Forum'],
      ['Individuals', 'Luis Abel', 'Jane Roe'],
    ]);
    // Templates written before sections still get every signer, in printed order.
    expect(v.signing.groups.flatMap((g) => g.signers.map((s) => s.id))).toEqual(['alfa', 'zeta', 'delta', 'gamma', 'beta', 'abel', 'roe']);
  });

  it('titles sections in the letter\'s language, and keeps as-listed order when asked', () => {
    const v = view({ signatories: SECTIONED, signing: { order: 'as-listed' } }, 'es');
    expect(v.signing.sections.map((s) => [s.heading ?? '', ...s.groups.flatMap((g) => g.signers.map((x) => x.id))])).toEqual([
      ['', 'zeta', 'alfa'],
      ['Organizaciones nacionales:', 'gamma', 'beta', 'delta'],
      ['Personas', 'roe', 'abel'],
    ]);
  });

  it('groups each section by country, and numbers across sections', () => {
    const v = view({ signatories: SECTIONED, signing: { group_by: 'country', numbered: true } }, 'es');
    expect(v.signing.sections.map((s) => s.groups.map((g) => [g.heading, g.continued, ...g.signers.map((x) => `${x.number} ${x.id}`)]))).toEqual([
      [['Estados Unidos', 'Estados Unidos (cont.)', '1 zeta'], ['Honduras', 'Honduras (cont.)', '2 alfa']],
      [['Honduras', 'Honduras (cont.)', '3 gamma'], ['México', 'México (cont.)', '4 beta'], [undefined, undefined, '5 delta']],
      [['Guatemala', 'Guatemala (cont.)', '6 abel'], ['México', 'México (cont.)', '7 roe']],
    ]);
  });

  it('leaves out a section with nobody printed, and prints pending signers in their section in drafts', () => {
    const registryWithPending = [...SECTIONED.slice(0, 6), { group: 'Late' }, { id: 'abel', status: 'pending' }];
    expect(view({ signatories: registryWithPending }).signing.sections.map((s) => s.heading ?? '')).toEqual(['', 'National organizations:']);
    const draft = view({ signatories: registryWithPending }, 'en', true);
    expect(draft.signing.sections.map((s) => s.heading ?? '')).toEqual(['', 'National organizations:', 'Late']);
    expect(draft.signing.sections[2]!.groups[0]!.signers[0]).toMatchObject({ id: 'abel', pending: true });
  });

  it('is one unnamed section without { group } items, as before', () => {
    const v = view({ signatories: ['zeta', 'alfa', 'roe'] });
    expect(v.signing.sections).toHaveLength(1);
    expect(v.signing.sections[0]!.heading).toBeUndefined();
    expect(v.signing.sections[0]!.groups).toEqual(v.signing.groups);
  });

  it('keeps each signer\'s index in the file, around the section starts', () => {
    expect(signersOf(FrontMatterSchema.parse({ title: 'T', date: '2022-10-12', signatories: SECTIONED }).signatories).map((s) => `${s.index}:${s.id}`))
      .toEqual(['0:zeta', '1:alfa', '3:gamma', '4:beta', '5:delta', '6:alfa-pending', '8:roe', '9:abel']);
  });
});

describe('details on each line', () => {
  it('prints the fields asked for, in the letter\'s language, in order, and nothing for a field an entry lacks', () => {
    const en = view({ signatories: ['zeta', 'alfa', 'delta', 'roe'], signing: { details: ['city', 'description', 'country'] } });
    const details = Object.fromEntries(en.signing.groups[0]!.signers.map((s) => [s.id, s.details]));
    expect(details).toEqual({ zeta: ['New York', 'United States'], alfa: ['a network of shelters', 'Honduras'], delta: undefined, roe: ['Mexico'] });
    const es = view({ signatories: ['zeta'], signing: { details: ['country', 'city'] } }, 'es');
    expect(es.signing.groups[0]!.signers[0]!.details).toEqual(['Estados Unidos', 'Nueva York']);
  });
});

describe('the count under the heading', () => {
  it('counts organizations, individuals and countries in the letter\'s language', () => {
    const signatories = SECTIONED;
    expect(view({ signatories, signing: { count: true } }).signing.summary).toBe('5 organizations and 2 individuals from 4 countries');
    expect(view({ signatories, signing: { count: true } }, 'es').signing.summary).toBe('5 organizaciones y 2 personas de 4 países');
    expect(view({ signatories: ['zeta'], signing: { count: true } }).signing.summary).toBe('1 organization from 1 country');
    expect(view({ signatories: ['delta', 'abel'], signing: { count: true } }, 'es').signing.summary).toBe('1 organización y 1 persona de 1 país');
    // No country known: no "from 0 countries".
    expect(view({ signatories: ['delta'], signing: { count: true } }).signing.summary).toBe('1 organization');
  });

  it('is absent unless asked', () => {
    expect(view({ signatories: SECTIONED }).signing.summary).toBeUndefined();
  });
});

describe('collective addressees', () => {
  it('are printed and greeted as written, with their postal address and no gender agreement', () => {
    const to = [{ name: { en: 'All WTO Members', es: 'Todos los Miembros de la OMC' }, collective: true, salutation: { en: 'WTO Members', es: 'Miembros de la OMC' }, address: ['Rue de Lausanne 154'] }];
    const en = view({ to });
    expect(en.to).toEqual([{ name: 'All WTO Members', lines: ['All WTO Members'], address: ['Rue de Lausanne 154'], collective: true }]);
    expect(en.greeting).toBe('Dear WTO Members,');
    // Spanish: the language's default form, even beside a woman who alone would get "Estimada".
    expect(view({ to }, 'es').greeting).toBe('Estimados Miembros de la OMC:');
    expect(view({ to: [{ name: 'Ana Ortiz', gender: 'f', salutation: 'Ministra Ortiz' }, { name: 'Miembros del Comité', collective: true }] }, 'es').greeting)
      .toBe('Estimados Ministra Ortiz y Miembros del Comité:');
    expect(view({ to: [{ name: 'Ana Ortiz', gender: 'f', salutation: 'Ministra Ortiz' }] }, 'es').greeting).toBe('Estimada Ministra Ortiz:');
    // Portuguese: a collective is no private person ("Prezados"), it takes the officials' vocative.
    expect(view({ to: [{ name: 'Membros do Comitê', collective: true }] }, 'pt').greeting).toBe('Membros do Comitê,');
    // A private person whose gender nothing shows: no adjective, never the masculine "Prezado" (issue 27).
    expect(view({ to: [{ name: 'Ana Ortiz' }] }, 'pt').greeting).toBe('Ana Ortiz,');
    expect(view({ to: [{ name: 'Ana Ortiz', gender: 'f' }] }, 'pt').greeting).toBe('Prezada Senhora Ortiz,');
  });

  it('address_block: false prints no addressee block, and keeps the greeting', () => {
    const v = view({ to: [{ name: 'Antony Blinken', salutation: 'Secretary Blinken' }], address_block: false });
    expect(v.to).toEqual([]);
    expect(v.greeting).toBe('Dear Secretary Blinken,');
    // No subject: the PDF's Subject is the title, never a phrase built from the addressees.
    expect(v.meta.subject).toBe(v.meta.title);
  });
});

describe('columns: auto', () => {
  // docs/templates.md: "up to 15 signers in one column and 16 or more in two".
  const many = (count: number) => Array.from({ length: count }, (_, i) => `org-${String(i).padStart(2, '0')}`);
  const manyRegistry = new Map<string, Signatory>(many(20).map((id) => [id, { kind: 'organization', name: `Organization ${id}` }]));
  const columnsOf = (signatories: unknown[], draft = false) => {
    const fm = FrontMatterSchema.parse({ title: 'T', date: '2022-10-12', languages: ['en'], signatories, signing: { columns: 'auto' } }) as ResolvedFrontMatter;
    return buildLetterView({
      frontMatter: fm, bodyMarkdown: 'Text.', signers: signersOf(fm.signatories), registry: manyRegistry, lang: 'en',
      strings: loadStrings(new TemplateFiles(undefined), 'en'), gender: genderEvidence(new TemplateFiles(undefined), ['en']), draft, resolveImage: () => ({ problem: { code: 'image-refused', message: 'no images here', needle: '' } }),
    }).view.signing.columns;
  };

  it('sets 15 signers in one column and 16 in two', () => {
    expect(columnsOf(many(15))).toBe(1);
    expect(columnsOf(many(16))).toBe(2);
  });

  it('counts the printed signers: a pending one counts only in a draft, where it is printed', () => {
    const fifteenAndPending = [...many(15), { id: 'org-15', status: 'pending' }];
    expect(columnsOf(fifteenAndPending)).toBe(1);
    expect(columnsOf(fifteenAndPending, true)).toBe(2);
  });
});
