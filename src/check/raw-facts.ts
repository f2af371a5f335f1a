/**
 * Front matter facts the rules need, also for a letter whose front matter has errors
 * (then `frontMatter` is absent): read from the raw YAML, so one run of `check`
 * reports every problem instead of hiding some behind the first.
 */
import { CalendarDateSchema } from '../model/schema.js';
import { rawFrontMatter, type LoadedLetter } from '../workspace/read-letter.js';

/** The letter's languages, the primary first. */
export function letterLanguages(letter: LoadedLetter): string[] {
  if (letter.frontMatter) return letter.frontMatter.languages;
  const listed = rawFrontMatter(letter).languages;
  if (Array.isArray(listed) && listed.every((l) => typeof l === 'string')) return listed as string[];
  return listed === undefined && letter.source ? ['en'] : [...letter.bodies.keys()];
}

/** The letter's date when it is a calendar date written `YYYY-MM-DD` (not 2026-12-32: that is the schema's error to report). */
export function letterDate(letter: LoadedLetter): string | undefined {
  if (letter.frontMatter) return letter.frontMatter.date;
  const date = rawFrontMatter(letter).date;
  return CalendarDateSchema.safeParse(date).success ? (date as string) : undefined;
}

/** Entries of `signatories:` marked pending, with their index in the list. */
export function pendingSignerRefs(letter: LoadedLetter): { id: string; index: number }[] {
  const list = letter.frontMatter?.signatories ?? rawFrontMatter(letter).signatories;
  if (!Array.isArray(list)) return [];
  return list.flatMap((ref: unknown, index) => {
    if (!ref || typeof ref !== 'object') return [];
    const { id, status } = ref as { id?: unknown; status?: unknown };
    return status === 'pending' && typeof id === 'string' ? [{ id, index }] : [];
  });
}
