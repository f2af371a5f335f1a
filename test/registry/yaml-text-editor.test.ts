import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { YamlTextEditor } from '../../src/yaml/yaml-text-editor.js';
import { entryWindow } from '../../src/yaml/yaml-text-window.js';
import { REPO } from '../helpers.js';

const REGISTRY = readFileSync(join(REPO, 'signatories.yaml'), 'utf8');

/** The lines of `after` that are not in `before` and vice versa (a crude, order-blind diff). */
function changedLines(before: string, after: string): { added: string[]; removed: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  return { removed: a.slice(start, endA), added: b.slice(start, endB) };
}

describe('YamlTextEditor on the sample registry', () => {
  it('changes one value and nothing else, keeping its aligned comment', () => {
    const editor = new YamlTextEditor(REGISTRY);
    editor.set(['signatories', 'cadhac', 'country'], 'US');
    expect(changedLines(REGISTRY, editor.text)).toEqual({
      removed: ['    country: MX                           # Monterrey, Nuevo León'],
      added: ['    country: US                           # Monterrey, Nuevo León'],
    });
  });

  it('adds a field at the end of an entry, indented like its siblings', () => {
    const editor = new YamlTextEditor(REGISTRY);
    editor.set(['signatories', 'hrw', 'short'], 'HRW');
    expect(changedLines(REGISTRY, editor.text)).toEqual({ removed: [], added: ['    short: HRW'] });
  });

  it('creates a nested map for a first translated name', () => {
    const editor = new YamlTextEditor(REGISTRY);
    editor.set(['signatories', 'hrw', 'names', 'es'], 'Observatorio de Derechos Humanos');
    expect((editor.toJS() as any).signatories.hrw.names).toEqual({ es: 'Observatorio de Derechos Humanos' });
    expect(changedLines(REGISTRY, editor.text).removed).toEqual([]);
  });

  it('removes a whole entry with its comment lines and one blank line', () => {
    const editor = new YamlTextEditor(REGISTRY);
    editor.delete(['signatories', 'tlachinollan']);
    const { removed, added } = changedLines(REGISTRY, editor.text);
    expect(added).toEqual([]);
    expect(removed.join('\n')).toContain('# no short: the letter prints the full name only');
    expect(editor.text).not.toContain('tlachinollan');
    expect(editor.text).not.toMatch(/\n\n\n/);
  });

  it('appends entries separated by blank lines like the existing ones', () => {
    const editor = new YamlTextEditor(REGISTRY);
    editor.addPairs(['signatories'], [['a-new', { name: 'A: New', country: 'MX' }], ['b-new', { name: 'B' }]], { blankLineBefore: true });
    expect(editor.text.startsWith(REGISTRY.trimEnd())).toBe(true);
    expect(editor.text.slice(REGISTRY.trimEnd().length)).toBe('\n\n  a-new:\n    name: "A: New"\n    country: MX\n\n  b-new:\n    name: B\n');
  });
});

describe('YamlTextEditor on sequences', () => {
  const fm = 'title: T   # keep\nsignatories:   # the list\n  - a      # first\n  - { id: b, status: pending }\n  - c\nsigning: { order: as-listed }\n';

  it('replaces a bare id by an entry in place', () => {
    const editor = new YamlTextEditor(fm);
    editor.set(['signatories', 2], { id: 'c', status: 'withdrawn' });
    expect(editor.text).toBe(fm.replace('  - c\n', '  - { id: c, status: withdrawn }\n'));
  });

  it('edits a flow entry field by field', () => {
    const editor = new YamlTextEditor(fm);
    editor.set(['signatories', 1], { id: 'b', status: 'confirmed', signed_on: '2022-10-10', text: '0123456789' });
    expect(editor.text).toBe(fm.replace('{ id: b, status: pending }', '{ id: b, status: confirmed, signed_on: 2022-10-10, text: "0123456789" }'));
  });

  it('appends after the last item and removes items with their comment', () => {
    const editor = new YamlTextEditor(fm);
    editor.append(['signatories'], ['d', { id: 'e', status: 'pending' }]);
    expect(editor.text).toBe(fm.replace('  - c\n', '  - c\n  - d\n  - { id: e, status: pending }\n'));
    editor.delete(['signatories', 0]);
    expect(editor.text).toBe(fm.replace('  - a      # first\n', '').replace('  - c\n', '  - c\n  - d\n  - { id: e, status: pending }\n'));
  });

  it('turns an empty or missing list into a block list', () => {
    for (const text of ['title: T\nsignatories:\n', 'title: T\nsignatories: []\n', 'title: T\n']) {
      const editor = new YamlTextEditor(text);
      editor.append(['signatories'], ['a', 'b']);
      expect(editor.toJS()).toEqual({ title: 'T', signatories: ['a', 'b'] });
      expect(editor.text.startsWith('title: T\n')).toBe(true);
    }
  });

  it('leaves an explicit empty list when the last item goes', () => {
    const editor = new YamlTextEditor('signatories:\n  - a\nnext: 1\n');
    editor.delete(['signatories', 0]);
    expect(editor.toJS()).toEqual({ signatories: [], next: 1 });
  });
});

/** Edits of a registry field or entry: set a field, delete one, drop the entry (ids from `id`). */
function fieldEdits(id: fc.Arbitrary<string>) {
  const field = fc.constantFrom('name', 'short', 'country', 'website', 'bilingual', 'names');
  const value = fc.oneof(fc.string({ maxLength: 12 }), fc.boolean(), fc.constant('# not a comment'), fc.constant('a: b'), fc.record({ es: fc.string({ minLength: 1, maxLength: 8 }) }));
  return [
    fc.record({ kind: fc.constant('set' as const), id, field, value }),
    fc.record({ kind: fc.constant('delete' as const), id, field }),
    fc.record({ kind: fc.constant('drop' as const), id }),
  ] as const;
}

describe('YamlTextEditor always produces the data the Document API expects', () => {
  const op = fc.oneof(...fieldEdits(fc.constantFrom('wola', 'hrw', 'dplf', 'cadhac', 'new-one')));

  it('for any sequence of edits', () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 6 }), (ops) => {
      const editor = new YamlTextEditor(REGISTRY);
      const model = parseDocument(REGISTRY, { schema: 'core' });
      for (const o of ops) {
        const path = o.kind === 'drop' ? ['signatories', o.id] : ['signatories', o.id, o.field];
        if (!model.hasIn(['signatories', o.id])) continue;
        if (o.kind === 'set') {
          editor.set(path, o.value);
          model.setIn(path, model.createNode(o.value));
        } else {
          editor.delete(path);
          model.deleteIn(path);
        }
      }
      const reparsed = parseDocument(editor.text, { schema: 'core' });
      expect(reparsed.errors).toEqual([]);
      expect(reparsed.toJS()).toEqual(model.toJS());
      // Comments of untouched entries survive.
      if (!ops.some((o) => o.id === 'cadhac')) expect(editor.text).toContain('    country: MX                           # Monterrey, Nuevo León\n');
    }), { numRuns: 150 });
  });
});

describe('YamlTextEditor on nearly empty files', () => {
  it('adds a first list under a missing key without touching other lines', () => {
    const text = 'title: T   # aligned\ndate: 2022-10-12\n';
    const editor = new YamlTextEditor(text);
    editor.append(['signatories'], ['a', { id: 'b', status: 'pending' }]);
    expect(editor.text).toBe(`${text}signatories:\n  - a\n  - { id: b, status: pending }\n`);
  });

  it('adds a first entry to an empty registry, keeping the comment on its line', () => {
    const cases: [string, string][] = [
      ['signatories:\n', 'signatories:\n  a:\n    name: A\n'],
      ['signatories: {}\n', 'signatories:\n  a:\n    name: A\n'],
      ['signatories:   # none yet\n', 'signatories:   # none yet\n  a:\n    name: A\n'],
    ];
    for (const [text, expected] of cases) {
      const editor = new YamlTextEditor(`# registry   # x\n${text}`);
      editor.addPairs(['signatories'], [['a', { name: 'A' }]]);
      expect(editor.text).toBe(`# registry   # x\n${expected}`);
    }
  });
});

describe('YamlTextEditor in a window of a large file', () => {
  const ids = Object.keys((new YamlTextEditor(REGISTRY).toJS() as { signatories: object }).signatories);

  it('finds the lines around an entry: the one before, the entry, the one after', () => {
    const window = entryWindow(REGISTRY, 'signatories', 'cadhac')!;
    expect(REGISTRY.slice(window.start, window.end).match(/^ {2}[a-z-]+:$/gm)).toEqual(['  tlachinollan:', '  cadhac:', '  cmdpdh:']);
    expect(window.header).toBe('signatories:\n');
    const last = entryWindow(REGISTRY, 'signatories', undefined)!;
    expect(last.end).toBe(REGISTRY.length);
    expect(REGISTRY.slice(last.start).match(/^ {2}[a-z-]+:$/gm)).toEqual(ids.slice(-2).map((id) => `  ${id}:`));
  });

  it('finds none in a layout it does not know, so the edit reads the whole file', () => {
    const plain = 'signatories:\n  a:\n    name: A\n  b:\n    name: B\n';
    expect(entryWindow(plain, 'signatories', 'b')).toBeDefined();
    for (const text of [
      'signatories: { a: { name: A }, b: { name: B } }\n', // flow style
      'signatories:\n  "a":\n    name: A\n  b:\n    name: B\n', // a quoted key
      'signatories:\n\ta:\n\t\tname: A\n', // tabs
      '---\nsignatories:\n  a:\n    name: A\n  b:\n    name: B\n', // a document marker
      'signatories:\n- a\n- b\n', // a list
    ]) expect(entryWindow(text, 'signatories', 'b'), text).toBeUndefined();
    // The last entry's window would end before the rest of the file.
    expect(entryWindow(`${plain}other: 1\n`, 'signatories', 'b')).toBeUndefined();
    expect(entryWindow(`${plain}other: 1\n`, 'signatories', 'a')).toBeDefined();
  });

  it('makes exactly the text the edit makes on the whole document, for any sequence of edits', () => {
    const id = fc.constantFrom(...ids, 'new-one');
    const op = fc.oneof(
      ...fieldEdits(id),
      fc.record({ kind: fc.constant('entry' as const), id, value: fc.record({ name: fc.string({ minLength: 1, maxLength: 8 }), country: fc.constantFrom('MX', 'US') }) }),
      fc.record({ kind: fc.constant('add' as const), id: fc.constantFrom('zz-1', 'zz-2'), value: fc.record({ name: fc.string({ minLength: 1, maxLength: 8 }) }), blank: fc.boolean() }),
    );
    fc.assert(fc.property(fc.array(op, { maxLength: 5 }), (ops) => {
      const windowed = new YamlTextEditor(REGISTRY);
      const whole = new YamlTextEditor(REGISTRY, undefined, true);
      for (const o of ops) {
        for (const editor of [windowed, whole]) {
          if (o.kind === 'set') editor.set(['signatories', o.id, o.field], o.value);
          else if (o.kind === 'delete') editor.delete(['signatories', o.id, o.field]);
          else if (o.kind === 'drop') editor.delete(['signatories', o.id]);
          else if (o.kind === 'entry') editor.set(['signatories', o.id], o.value);
          else if (editor.get(['signatories', o.id]) === undefined) editor.addPairs(['signatories'], [[o.id, o.value]], { blankLineBefore: o.blank });
        }
        expect(windowed.text).toBe(whole.text);
        expect(windowed.toJS()).toEqual(parseDocument(windowed.text, { schema: 'core' }).toJS());
      }
    }), { numRuns: 100 });
  });

  it('edits right a registry whose keys are read in another order than written (a number-like key comes first)', () => {
    // The scan finds abc, 123, xyz; the data holds 123, abc, xyz: the window is not trusted.
    const text = 'signatories:\n  abc:\n    name: A   # kept\n  123:\n    name: B\n  xyz:\n    name: C\n';
    expect(entryWindow(text, 'signatories', 'xyz')).toBeDefined();
    const editor = new YamlTextEditor(text);
    editor.set(['signatories', 'xyz', 'name'], 'Z');
    expect(editor.text).toBe(text.replace('name: C', 'name: Z'));
    editor.delete(['signatories', 'abc']);
    expect(editor.toJS()).toEqual({ signatories: { 123: { name: 'B' }, xyz: { name: 'Z' } } });
  });
});
