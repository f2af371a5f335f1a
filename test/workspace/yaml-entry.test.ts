/**
 * One way in: YAML is parsed and written only by src/yaml/yaml.ts (with its one
 * option set and its quick path), and a letter's front matter is split only by
 * src/workspace/front-matter.ts. A second entry point would be a second dialect that
 * `build` and the editing commands could disagree on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers.js';

const SRC = join(REPO, 'src');
const sources = readdirSync(SRC, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.ts'))
  .map((e) => {
    const path = join(e.parentPath, e.name);
    return { file: relative(REPO, path), text: readFileSync(path, 'utf8') };
  });

/** Every `import … from '<module>'` and `import('<module>')` of `text`: the names it takes, per module. */
function importsOf(text: string): { module: string; names: string[] }[] {
  const found: { module: string; names: string[] }[] = [];
  for (const [, what, module] of text.matchAll(/import\s+([\s\S]*?)\s+from\s+'([^']+)'/g)) {
    const names = /\{([\s\S]*)\}/.exec(what!)?.[1]?.split(',').map((n) => n.trim()).filter(Boolean) ?? [what!.trim()];
    found.push({ module: module!, names });
  }
  for (const [, module] of text.matchAll(/import\(\s*'([^']+)'\s*\)/g)) found.push({ module: module!, names: ['(dynamic)'] });
  return found;
}

describe('one YAML entry point', () => {
  it('has sources to look at', () => {
    expect(sources.some((s) => s.file === join('src', 'yaml', 'yaml.ts'))).toBe(true);
    expect(sources.length).toBeGreaterThan(50);
  });

  it('parses and writes YAML only in src/yaml/yaml.ts; elsewhere only type guards and types come from `yaml`', () => {
    const offending: string[] = [];
    for (const { file, text } of sources) {
      for (const { module, names } of importsOf(text)) {
        const own = file === join('src', 'yaml', 'yaml.ts');
        if (module === 'yaml' && !own) {
          for (const name of names) if (!/^(type\s+\w+|is[A-Z]\w*)$/.test(name)) offending.push(`${file}: ${name} from 'yaml'`);
        }
        if (module === 'js-yaml' && file !== join('src', 'yaml', 'yaml-quick.ts')) offending.push(`${file}: js-yaml`);
        if (module.endsWith('/yaml-quick.js') && !own) offending.push(`${file}: the quick reading, past yaml.ts`);
        if (module === 'gray-matter' && file !== join('src', 'workspace', 'front-matter.ts')) offending.push(`${file}: gray-matter past the one front matter splitter`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('finds a second entry point where there is one (the check above can fail)', () => {
    const imports = importsOf("import { parse, isMap, type Document } from 'yaml';\nconst m = await import('js-yaml');");
    expect(imports).toEqual([{ module: 'yaml', names: ['parse', 'isMap', 'type Document'] }, { module: 'js-yaml', names: ['(dynamic)'] }]);
  });
});
