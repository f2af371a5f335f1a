/**
 * What `check` says about the shapes of issue 26, in process: footnotes counted per
 * language block, notes never referred to and marks without a note, `footnotes: page`,
 * `greeting: ""` (no greeting, no salutation warning), cc fields no format prints, named
 * representatives of an unknown organization, names ending with post-nominals.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkWorkspace } from '../../src/check/check-workspace.js';
import { tempWorkspace } from '../helpers.js';

type D = { file: string; line: number; column: number; severity: string; code: string; message: string };

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const REGISTRY = 'signatories:\n  wola:\n    name: WOLA\n  hrw:\n    name: Human Rights Watch\n';

async function check(letter: string, registry = REGISTRY): Promise<D[]> {
  const ws = tempWorkspace({ 'signatories.yaml': registry, 'letters/x.md': letter });
  cleanups.push(ws.cleanup);
  return (await checkWorkspace({ root: ws.dir, today: '2030-01-01' })).diagnostics;
}
const where = (ds: D[]) => ds.map((d) => `${d.line}:${d.column} ${d.code}`);
const bilingual = (en: string, es: string, fm = '') => `---\ntitle: T\ndate: 2022-10-12\nlanguages: [en, es]\n${fm}---\n\n::: en\n${en}\n:::\n\n::: es\n${es}\n:::\n`;

describe('footnotes', () => {
  it('is silent when each language has as many notes, and reports a translation with fewer', async () => {
    expect(await check(bilingual('One[^a] two[^b].\n\n[^a]: A.\n[^b]: B.', 'Uno[^a] dos^[B].\n\n[^a]: A.'))).toEqual([]);
    const ds = await check(bilingual('One[^a] two[^b].\n\n[^a]: A.\n[^b]: B.', 'Uno[^a] dos.\n\n[^a]: A.'));
    expect(where(ds)).toEqual(['15:1 translation-structure']);
    expect(ds[0]!.message).toBe('the es text has 1 footnote, the en text 2 footnotes');
  });

  it('warns of a note no mark refers to and of a mark without a note, where they are written', async () => {
    const ds = await check('---\ntitle: T\ndate: 2022-10-12\n---\n\nOne[^a] and [^typo].\n\n[^a]: A.\n[^b]: Never used.\n');
    expect(where(ds)).toEqual(['6:13 footnote-undefined', '9:1 footnote-unused']);
    expect(ds[1]!.message).toContain('[^b] (en) is never referred to');
  });

  it('says that footnotes: page prints the notes at the end in HTML and PDF', async () => {
    const ds = await check('---\ntitle: T\ndate: 2022-10-12\nfootnotes: page\n---\n\nOne[^a].\n\n[^a]: A.\n');
    expect(where(ds)).toEqual(['4:1 footnotes-at-end']);
    expect(await check('---\ntitle: T\ndate: 2022-10-12\nfootnotes: page\n---\n\nNo notes.\n')).toEqual([]);
  });
});

describe('greeting: ""', () => {
  it('asks for no salutation: no greeting is printed', async () => {
    const to = 'to:\n  - name: Jane Roe\n';
    expect(where(await check(`---\ntitle: T\ndate: 2022-10-12\n${to}---\n\nText.\n`))).toContain('5:5 salutation-missing');
    expect(await check(`---\ntitle: T\ndate: 2022-10-12\n${to}greeting: ""\n---\n\nText.\n`)).toEqual([]);
  });
});

describe('cc entries written out', () => {
  it('warns of the fields no format prints (a cc is not greeted)', async () => {
    const ds = await check('---\ntitle: T\ndate: 2022-10-12\ngreeting: "Dear all,"\ncc:\n  - name: Jane Roe\n    salutation: Minister Roe\n    address: [1 Main St]\n---\n\nText.\n');
    expect(where(ds)).toEqual(['7:5 cc-field-unused']);
  });
});

describe('named representatives', () => {
  it('refuses an organization id the registry does not have, and warns of a letter printing no signatory', async () => {
    const unknown = await check('---\ntitle: T\ndate: 2022-10-12\nsigning:\n  representatives:\n    - { name: Jane Roe, id: wolla }\n---\n\nText.\n');
    expect(where(unknown)).toEqual(['6:25 unknown-representative']);
    expect(unknown[0]!.message).toContain('did you mean "wola"');
    const none = await check('---\ntitle: T\ndate: 2022-10-12\nsignatories: [wola]\nsigning:\n  list: false\n---\n\nText.\n');
    expect(where(none)).toEqual(['6:3 no-signatories-printed']);
  });
});

describe('names with letters after them', () => {
  it('warns when the last word is a post-nominal and there is no sort_as', async () => {
    const registry = (extra: string) => `signatories:\n  singh:\n    kind: individual\n    name: "Dr Abhay Kumar Singh, B. Tech (IT), MBA, PhD"\n${extra}`;
    const letter = '---\ntitle: T\ndate: 2022-10-12\nsignatories: [singh]\n---\n\nText.\n';
    const ds = await check(letter, registry(''));
    expect(where(ds)).toEqual(['4:5 post-nominal-name']);
    expect(ds[0]!.message).toContain('it is sorted as "Singh, Abhay Kumar"');
    expect(await check(letter, registry('    sort_as: "Singh, Abhay Kumar"\n'))).toEqual([]);
  });
});
