/**
 * A rolldown plugin that precompiles the built-in Handlebars templates into the bundle:
 * it gives src/render/precompiled-templates.ts (an empty table in the sources) the
 * precompiled form of every templates/**\/*.hbs. Compiling them at run time cost about
 * 20 ms of every build's start (docs/performance.md). Each entry keeps its template's
 * source: src/render/html.ts uses a precompiled form only while the file it reads is
 * exactly that source, so an edited or overridden template is compiled from its text.
 */
import Handlebars from 'handlebars';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATES = join(ROOT, 'templates');
/** The options src/render/html.ts compiles with; a precompiled form must match them (Handlebars adds to the object: copy it per call). */
const OPTIONS = { strict: false, preventIndent: true };

function hbsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return hbsFiles(path);
    return entry.name.endsWith('.hbs') ? [path] : [];
  });
}

/** The module's JavaScript: `PRECOMPILED`, each template's name → its source and Handlebars' code for it. */
function precompiledModule() {
  const entries = hbsFiles(TEMPLATES).sort().map((path) => {
    const name = relative(TEMPLATES, path).split(sep).join('/');
    const source = readFileSync(path, 'utf8');
    return `  ${JSON.stringify(name)}: { source: ${JSON.stringify(source)}, spec: ${Handlebars.precompile(source, { ...OPTIONS })} },`;
  });
  return `export const PRECOMPILED = {\n${entries.join('\n')}\n};\n`;
}

export function precompiledTemplates() {
  return {
    name: 'precompiled-templates',
    load: {
      filter: { id: /[\\/]src[\\/]render[\\/]precompiled-templates\.ts$/ },
      handler() {
        for (const path of hbsFiles(TEMPLATES)) this.addWatchFile(path);
        return { code: precompiledModule(), moduleType: 'js' };
      },
    },
  };
}
