import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appendEntries, setEntries } from '../../src/yaml/yaml-entry-edits.js';
import { parseYamlSource } from '../../src/yaml/yaml.js';

const entries = (n: number) => Array.from({ length: n }, (_, i) => `  o${i}:\n    name: Official ${i}   # note ${i}\n    groups: [a, b]\n    phone: "${i}"\n`).join('');

describe('setEntries', () => {
  it('changes many entries at once, each only where it differs; every other line stays as it was', () => {
    const text = `# The directory\nofficials:\n${entries(300)}groups:\n  a:\n    name: A\n`;
    const changes = Array.from({ length: 150 }, (_, k) => ({ map: 'officials', id: `o${k * 2}`, value: { name: `Official ${k * 2}`, groups: ['a', 'b'], phone: 'new', email: 'x@example.org' } }));
    const edited = setEntries(text, parseYamlSource(text, 'officials.yaml'), changes);
    const expected = text.replace(/( {2}o(\d+):\n.*\n.*\n) {4}phone: "\d+"\n/g, (all, head: string, i: string) =>
      (Number(i) % 2 === 0 ? `${head}    phone: new\n    email: x@example.org\n` : all));
    expect(edited).toBe(expected);
    expect(edited).toContain('    name: Official 0   # note 0\n    groups: [a, b]\n');
  });

  it('removes the fields a new value lacks, and falls back to the whole file for an unusual layout', () => {
    const flow = 'officials: { o1: { name: One, phone: "1" }, o2: { name: Two } }\n';
    const edited = setEntries(flow, parseYamlSource(flow, 'officials.yaml'), [{ map: 'officials', id: 'o1', value: { name: 'Uno' } }]);
    expect(parse(edited)).toEqual({ officials: { o1: { name: 'Uno' }, o2: { name: 'Two' } } });
  });
});

describe('appendEntries', () => {
  it('writes new entries at the end of the map, before the next key and the comments above it', () => {
    const text = '# Directory\nofficials:\n  a:\n    name: A\n\n  b:\n    name: B   # kept\n\n# Committees below.\ngroups:\n  g:\n    members: [a]\n';
    const added = appendEntries(text, parseYamlSource(text, 'officials.yaml'), 'officials', [['c', { name: 'C', groups: ['g', 'h'] }], ['d', { name: 'D' }]], true);
    expect(added).toBe(text.replace('# kept\n\n', '# kept\n\n  c:\n    name: C\n    groups: [ g, h ]\n\n  d:\n    name: D\n\n'));
  });

  it('fills an empty map, and declines a layout it does not know (a flow map)', () => {
    const empty = 'officials:\n';
    expect(appendEntries(empty, parseYamlSource(empty, 'officials.yaml'), 'officials', [['a', { name: 'A' }]], false)).toBe('officials:\n  a:\n    name: A\n');
    const flow = 'officials: { a: { name: A } }\n';
    expect(appendEntries(flow, parseYamlSource(flow, 'officials.yaml'), 'officials', [['b', { name: 'B' }]], false)).toBeUndefined();
  });
});
