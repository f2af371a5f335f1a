#!/usr/bin/env node
/**
 * Precompiles the built-in Handlebars templates into src/render/precompiled-templates.ts,
 * run by `npm run build` before tsc (and by hand: `node scripts/precompile-templates.mjs`).
 * Compiling them at run time cost 20–25 ms of every build's start (docs/performance.md).
 * Each entry keeps its template's source: src/render/html.ts uses a precompiled form
 * only when the file it reads is exactly that source, so a stale or overridden
 * template is compiled from its text as before.
 */
import Handlebars from 'handlebars';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATES = join(ROOT, 'templates');
const OUT = join(ROOT, 'src', 'render', 'precompiled-templates.ts');
/** The options src/render/html.ts compiles with; a precompiled form must match them (Handlebars adds to the object: copy it per call). */
const OPTIONS = { strict: false, preventIndent: true };

function hbsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return hbsFiles(path);
    return entry.name.endsWith('.hbs') ? [path] : [];
  });
}

const entries = hbsFiles(TEMPLATES).sort().map((path) => {
  const name = relative(TEMPLATES, path).split(sep).join('/');
  const source = readFileSync(path, 'utf8');
  return `  ${JSON.stringify(name)}: {\n    source: ${JSON.stringify(source)},\n    spec: ${Handlebars.precompile(source, { ...OPTIONS })},\n  },`;
});

const text = `// @ts-nocheck: Handlebars' generated code, written by scripts/precompile-templates.mjs. Do not edit.
import type { TemplateSpecification } from 'handlebars';

/** Every built-in .hbs template under templates/, by name, precompiled with { strict: false, preventIndent: true }. */
export const PRECOMPILED: Record<string, { source: string; spec: TemplateSpecification }> = {
${entries.join('\n')}
};
`;
writeFileSync(OUT, text);
