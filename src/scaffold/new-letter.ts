/**
 * `coalition new`: writes `letters/<date>-<slug>.md` from the skeleton, atomically,
 * and never over an existing letter.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CoalitionError, ExitCode } from '../errors.js';
import { localToday } from '../i18n/intl.js';
import { CalendarDateSchema, LangSchema } from '../model/schema.js';
import { writeFileAtomic } from '../workspace/atomic-write.js';
import { TemplateFiles } from '../workspace/template-files.js';
import { displayPath, LETTERS_DIR, listLetters } from '../workspace/workspace.js';
import { letterSkeleton } from './letter-template.js';
import { splitDatePrefix, validateSlug } from './slug.js';

export interface NewLetterOptions {
  root: string;
  slug: string;
  title?: string;
  /** `YYYY-MM-DD`; default: the date in the slug, else `today`. */
  date?: string;
  /** Default: today where the user is. */
  today?: string;
  langs?: string[];
  to?: string[];
}

/** Returns the absolute path of the letter written. */
export async function createLetter(options: NewLetterOptions): Promise<string> {
  const slug = validateSlug(options.slug);
  const prefixed = splitDatePrefix(slug);
  const date = options.date ?? prefixed.date ?? options.today ?? localToday();
  if (!CalendarDateSchema.safeParse(date).success) {
    throw new CoalitionError(`--date ${date} is not a calendar date`, {
      code: 'invalid-date', exitCode: ExitCode.usage, hint: 'Write it YYYY-MM-DD, e.g. --date 2026-03-01.',
    });
  }
  const langs = options.langs?.length ? options.langs : ['en'];
  const wrong = langs.filter((l) => !LangSchema.safeParse(l).success);
  if (wrong.length || new Set(langs).size !== langs.length) {
    throw new CoalitionError(`--lang ${langs.join(',')}: ${wrong.length ? `"${wrong[0]}" is not a language code` : 'a language is listed twice'}`, {
      code: 'invalid-lang', exitCode: ExitCode.usage, hint: 'Give language codes separated by commas, the original first: --lang en,es',
    });
  }
  const name = prefixed.date === date ? slug : `${date}-${prefixed.rest}`;
  const path = join(options.root, LETTERS_DIR, `${name}.md`);
  const file = displayPath(options.root, path);
  if (existsSync(path)) {
    throw new CoalitionError(`${file} already exists; nothing was written`, {
      code: 'letter-exists', exitCode: ExitCode.input,
      hint: 'Choose another slug or --date, or edit the existing letter.',
    });
  }
  const sameSlug = (await listLetters(options.root)).filter((p) => splitDatePrefix(p.slice(join(options.root, LETTERS_DIR).length + 1, -3)).rest === prefixed.rest);
  if (sameSlug.length) {
    throw new CoalitionError(`a letter with the slug "${prefixed.rest}" already exists (${displayPath(options.root, sameSlug[0]!)}); nothing was written`, {
      code: 'letter-exists', exitCode: ExitCode.input,
      hint: 'Commands find letters by slug, so each slug names one letter: choose another slug.',
    });
  }
  const text = letterSkeleton({ title: options.title, date, langs, to: options.to ?? [], files: new TemplateFiles(options.root) });
  await writeFileAtomic(path, text, file);
  return path;
}
