/**
 * Template files: a workspace's own `templates/` overrides the built-in files one by
 * one. Overrides are read only when they are regular files inside the workspace (a
 * symlink pointing out of it is refused: inside-workspace.ts), and each file is read
 * once per process.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CoalitionError } from '../errors.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { workspaceFile } from './inside-workspace.js';
import { readTextSync } from './read-text.js';

/** The package's own templates folder. */
const BUILTIN_TEMPLATES = join(PACKAGE_ROOT, 'templates');

export interface TemplateFile {
  /** Path relative to the templates folder, with `/` separators (`partials/body.hbs`). */
  name: string;
  text: string;
  /** Where it came from, as shown to a user. */
  origin: string;
  overridden: boolean;
}

export class TemplateFiles {
  private readonly cache = new Map<string, TemplateFile | null>();

  constructor(
    /** The workspace root; its `templates/` folder holds overrides. */
    readonly root: string | undefined,
    readonly builtin = BUILTIN_TEMPLATES,
  ) {}

  /** The file at `name`, or undefined when neither the workspace nor the package has it. */
  find(name: string): TemplateFile | undefined {
    if (!this.cache.has(name)) this.cache.set(name, this.load(name) ?? null);
    return this.cache.get(name) ?? undefined;
  }

  /** The package's own version of `name`, ignoring any override. */
  findBuiltin(name: string): TemplateFile | undefined {
    const path = join(this.builtin, name);
    if (!existsSync(path)) return undefined;
    return { name, text: readFileSync(path, 'utf8'), origin: `(built-in) templates/${name}`, overridden: false };
  }

  /** The workspace's override of `name`, if it has one. */
  findOverride(name: string): TemplateFile | undefined {
    const file = this.find(name);
    return file?.overridden ? file : undefined;
  }

  get(name: string): TemplateFile {
    const file = this.find(name);
    if (!file) throw new CoalitionError(`template ${name} is missing`, { code: 'template-missing', hint: 'Reinstall coalition, or add the file to templates/.' });
    return file;
  }

  /** Names of the files in a template sub-folder (`partials`), workspace and built-in merged. */
  list(folder: string, extension: string): string[] {
    const names = new Set<string>();
    for (const base of [this.builtin, this.overrideDir()]) {
      const dir = base && join(base, folder);
      if (!dir || !existsSync(dir)) continue;
      for (const entry of readdirSync(dir)) if (entry.endsWith(extension)) names.add(`${folder}/${entry}`);
    }
    return [...names].sort();
  }

  /** Names of the package's own files in a template sub-folder (`i18n`), without the workspace's. */
  listBuiltin(folder: string, extension: string): string[] {
    const dir = join(this.builtin, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir).filter((entry) => entry.endsWith(extension)).map((entry) => `${folder}/${entry}`).sort();
  }

  private overrideDir(): string | undefined {
    return this.root ? join(this.root, 'templates') : undefined;
  }

  private load(name: string): TemplateFile | undefined {
    const dir = this.overrideDir();
    if (dir) {
      const path = join(dir, name);
      const origin = relative(this.root!, path);
      if (existsSync(path) || isSymlink(path)) {
        const real = workspaceFile(this.root!, path, 'template', origin);
        if (real) return { name, text: readTextSync(real, origin, MAX_TEMPLATE_BYTES).text, origin, overridden: true };
      }
    }
    return this.findBuiltin(name);
  }
}

/** A template is a few kilobytes; a stylesheet with fonts inside it a few megabytes. */
const MAX_TEMPLATE_BYTES = 16 * 1024 * 1024;

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
