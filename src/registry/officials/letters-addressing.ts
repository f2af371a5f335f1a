/** Which letters are addressed to an official, by id or through a group: for `officials show` and `officials remove`. */
import { loadLetter, rawFrontMatter } from '../../workspace/read-letter.js';
import { displayPath, leadsIntoLetters, listLetters } from '../../workspace/workspace.js';

export interface LetterAddressing {
  file: string;
  absolutePath: string;
  /** Indices of the `to:` items naming the official by id. */
  byId: number[];
  /** Groups of the official that the letter is addressed to. */
  byGroup: string[];
}

/**
 * Every letter whose `to:` names `id`, or one of `groups`. Unreadable letters are
 * passed over, and so are links leading out of letters/ (never read).
 */
export async function lettersAddressing(root: string, id: string, groups: readonly string[]): Promise<LetterAddressing[]> {
  const found: LetterAddressing[] = [];
  for (const path of await listLetters(root)) {
    if (!leadsIntoLetters(root, path)) continue;
    const file = displayPath(root, path);
    const letter = await loadLetter(path, file).catch(() => undefined);
    const to = letter ? rawFrontMatter(letter).to : undefined;
    if (!Array.isArray(to)) continue;
    const byId = to.flatMap((item, index) => (item === id ? [index] : []));
    const byGroup = to.flatMap((item) => {
      const group = item && typeof item === 'object' ? (item as { group?: unknown }).group : undefined;
      return typeof group === 'string' && groups.includes(group) ? [group] : [];
    });
    if (byId.length || byGroup.length) found.push({ file, absolutePath: path, byId, byGroup });
  }
  return found;
}
