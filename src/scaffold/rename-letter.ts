/**
 * `coalition rename`: a letter's file named after its current date (and, if asked, a new
 * slug), `letters/<date>-<slug>.md`. Nothing else names letter files: outputs are named
 * from the date and the slug, so they keep their names; signers' text fingerprints do
 * not include the file name. Runs under the workspace lock, never over another file.
 */
import { existsSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CoalitionError, ExitCode } from '../errors.js';
import { CalendarDateSchema } from '../model/schema.js';
import { withWorkspaceLock } from '../workspace/lock.js';
import { loadLetter, rawFrontMatter, unreadableFrontMatter } from '../workspace/read-letter.js';
import { displayPath, letterSlug, listLetters } from '../workspace/workspace.js';
import { validateSlug } from './slug.js';

export interface RenameResult {
  from: string;
  /** The new path; the same as `from` when the name was already right. */
  to: string;
  renamed: boolean;
}

export async function renameLetter(root: string, path: string, newSlug?: string): Promise<RenameResult> {
  return withWorkspaceLock(root, async () => {
    const file = displayPath(root, path);
    const letter = await loadLetter(path, file);
    const unreadable = unreadableFrontMatter(letter);
    if (unreadable.length) throw CoalitionError.fromDiagnostics(file, unreadable);
    const date = letter.frontMatter?.date ?? rawFrontMatter(letter).date;
    if (!CalendarDateSchema.safeParse(date).success) {
      throw new CoalitionError(typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${file} is dated ${date}, a day that does not exist, so it cannot be named after it` : `${file} has no date: written YYYY-MM-DD, so it cannot be named after it`, {
        code: 'missing-field', exitCode: ExitCode.input, hint: 'Add `date: YYYY-MM-DD` to its front matter (`coalition check` shows what else is missing).',
      });
    }
    const slug = letterSlug(newSlug === undefined ? letter.name : validateSlug(newSlug));
    const target = join(dirname(path), `${date}-${slug}.md`);
    if (basename(target) === basename(path)) return { from: path, to: path, renamed: false };
    if (existsSync(target)) {
      throw new CoalitionError(`${displayPath(root, target)} already exists; nothing was renamed`, {
        code: 'letter-exists', exitCode: ExitCode.input, hint: 'Choose another slug: coalition rename <letter> <new-slug>.',
      });
    }
    const sameSlug = (await listLetters(root)).filter((other) => other !== path && letterSlug(basename(other)) === slug);
    if (sameSlug.length) {
      throw new CoalitionError(`another letter has the slug "${slug}" (${displayPath(root, sameSlug[0]!)}); nothing was renamed`, {
        code: 'letter-exists', exitCode: ExitCode.input, hint: `Commands find letters by slug, so each slug names one letter: choose another (coalition rename ${letterSlug(letter.name)} <new-slug>).`,
      });
    }
    await rename(path, target);
    return { from: path, to: target, renamed: true };
  });
}
