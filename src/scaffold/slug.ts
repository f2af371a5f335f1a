/**
 * Letter slugs: the part of `letters/<date>-<slug>.md` a user chooses. Only lowercase
 * letters, digits and single hyphens, so a slug can never name a path (`../x`,
 * `/etc/x`), a hidden file, or something a shell or URL would mangle.
 */
import { CoalitionError, ExitCode } from '../errors.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 80;

export function validateSlug(input: string): string {
  const slug = input.replace(/\.md$/i, '');
  if (SLUG.test(slug) && slug.length <= MAX_SLUG_LENGTH) return slug;
  const suggestion = slug
    .normalize('NFKD').replace(/\p{M}/gu, '')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
  const why = /[\\/]/.test(input) || input.startsWith('.')
    ? 'a slug is a name, not a path: letters are always written in letters/'
    : slug.length > MAX_SLUG_LENGTH ? `it is longer than ${MAX_SLUG_LENGTH} characters`
    : 'use only lowercase letters, digits and "-"';
  throw new CoalitionError(`"${input}" is not a valid letter slug: ${why}`, {
    code: 'invalid-slug', exitCode: ExitCode.usage,
    hint: suggestion ? `Try: coalition new ${suggestion}` : 'Choose a short name such as "security-dialogue".',
  });
}

/** `2022-10-12-us-mexico` → `{ date: '2022-10-12', rest: 'us-mexico' }`. */
export function splitDatePrefix(slug: string): { date?: string; rest: string } {
  const match = /^(\d{4}-\d{2}-\d{2})-(.+)$/.exec(slug);
  return match ? { date: match[1]!, rest: match[2]! } : { rest: slug };
}
