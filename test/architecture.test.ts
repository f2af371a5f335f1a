/**
 * The README says data flows one way: each folder of src/ imports only from the
 * folders listed before it. This test reads every import of every source file and
 * names the first one that reaches up (or sideways into a folder of the same rank).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers.js';

/** Lower ranks first; a folder may import from any folder of a lower rank, and from itself. */
const LAYERS: string[][] = [
  ['(leaf)'], // src/errors.ts, src/paths.ts, src/package-root.ts
  ['model'],
  ['yaml'], // reading and editing YAML with positions; knows no file of the workspace
  ['workspace'],
  ['i18n'],
  ['markdown'],
  ['resolve'],
  ['render', 'pdf'],
  ['pipeline', 'registry', 'scaffold'],
  ['check'],
  // preview shows what check says beside the pages; release refuses what check refuses and builds through the pipeline
  ['preview', 'release'],
  ['send', 'publish'], // mail what release froze; a site of a release: its views, its files
  ['daemon'], // the warm process: runs any command, handed main.ts's run() by its command
  ['cli'],
];

const SRC = join(REPO, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function folderOf(file: string): string {
  const parts = relative(SRC, file).split('/');
  return parts.length > 1 ? parts[0]! : '(leaf)';
}

function rank(folder: string): number {
  const index = LAYERS.findIndex((layer) => layer.includes(folder));
  if (index === -1) throw new Error(`src/${folder}/ is in no layer of test/architecture.test.ts: add it where it belongs`);
  return index;
}

/** Every relative import of a file: static, type-only and lazy `import()`. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]!);
  return specifiers.map((s) => resolve(dirname(file), s).replace(/\.js$/, '.ts'));
}

describe('architecture', () => {
  const files = sourceFiles(SRC);

  it('finds the source files and their imports (the test reads what it checks)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(importsOf(join(SRC, 'cli', 'main.ts')).some((path) => path.endsWith('/errors.ts'))).toBe(true);
  });

  it('every folder imports only from the folders below it', () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = folderOf(file);
      for (const target of importsOf(file)) {
        const to = folderOf(target);
        if (to === from) continue;
        if (rank(to) >= rank(from)) upward.push(`${relative(REPO, file)} imports ${relative(REPO, target)} (${from} → ${to})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('no two source files import each other, even for types (a circle is broken by a file of types both use)', () => {
    const graph = new Map(files.map((file) => [file, importsOf(file).filter((target) => target !== file)]));
    const circles: string[] = [];
    // Depth-first search; a path back to a file on the stack is a circle.
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, stack: string[]): void => {
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') circles.push([...stack.slice(stack.indexOf(next)), next].map((f) => relative(SRC, f)).join(' → '));
        else if (!state.has(next) && graph.has(next)) visit(next, [...stack, next]);
      }
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file, [file]);
    expect(circles).toEqual([]);
  });

  it('no two source files share a name (each name says what its file holds)', () => {
    const byName = new Map<string, string[]>();
    for (const file of files) {
      const name = file.slice(file.lastIndexOf('/') + 1);
      if (name === 'index.ts') continue;
      byName.set(name, [...(byName.get(name) ?? []), relative(REPO, file)]);
    }
    expect([...byName.values()].filter((paths) => paths.length > 1)).toEqual([]);
  });
});
