/**
 * Officials whose term has ended (`until:` before today): the directory entry may be
 * stale (someone else holds the seat, the office moved), and a letter addressed to
 * them may reach no one. Said only for letters addressed to them (issue 28, item 8): a
 * directory of 537 members of Congress imported last year would otherwise warn about
 * every member who left, in every `check`, whoever the letters address. `build` says
 * it too (src/cli/commands/build-extras.ts).
 */
import { OFFICIALS_FILE } from '../../workspace/read-officials.js';
import type { Rule } from '../types.js';

export const staleOfficials: Rule = {
  name: 'stale-officials',
  letter({ prepared, today }) {
    const { letter, recipients } = prepared;
    if (!recipients || !letter.source) return [];
    const stale = new Map<number, string[]>();
    for (const { id, index, official } of recipients) {
      if (official?.until && official.until < today) stale.set(index, [...(stale.get(index) ?? []), `${id} (until ${official.until})`]);
    }
    return [...stale].map(([index, ids]) => ({
      file: letter.file, ...letter.source!.locate(['to', index]), severity: 'warning', code: 'stale-official',
      message: `addressed to ${ids.length === 1 ? 'an official whose term has ended' : `${ids.length} officials whose terms have ended`}: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}`,
      hint: `Update ${OFFICIALS_FILE} (coalition officials edit <id>, or import the source again), or address the letter to whoever holds the office now.`,
    }));
  },
};
