/**
 * Imports a module of src/ into a bench script, for measurements below the CLI:
 *
 *   const { BrowserSession } = await importSource('pdf/browser-session.ts');
 *
 * The bundle in dist/ exports only the CLI, and Node 20 cannot run TypeScript, so this
 * file is also a module hook (registered on first use) that compiles each src/ file
 * with rolldown's TypeScript transform as Node loads it. Run from the sources, the
 * built-in templates are compiled at run time (src/render/precompiled-templates.ts).
 */
import { readFile } from 'node:fs/promises';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { transform } from 'rolldown/experimental';

const SRC = new URL('../src/', import.meta.url);
let registered = false;

export async function importSource(path) {
  if (!registered) register(import.meta.url);
  registered = true;
  return import(new URL(path, SRC).href);
}

/** src/ names its TypeScript files by their `.js` names (NodeNext resolution). */
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !/^\.\.?\/.*\.js$/.test(specifier) || !context.parentURL?.endsWith('.ts')) throw error;
    return next(specifier.replace(/\.js$/, '.ts'), context);
  }
}

export async function load(url, context, next) {
  if (!url.startsWith(SRC.href) || !url.endsWith('.ts')) return next(url, context);
  const path = fileURLToPath(url);
  const { code, errors } = await transform(path, await readFile(path, 'utf8'));
  if (errors.length) throw new Error(`${path}: ${errors.map((e) => e.message).join('; ')}`);
  return { format: 'module', source: code, shortCircuit: true };
}
