/**
 * Signers still marked pending on a letter whose date has passed: either they
 * confirmed and the file was not updated, or they will be left off the letter.
 */
import type { Diagnostic } from '../../errors.js';
import { letterDate, pendingSignerRefs } from '../raw-facts.js';
import type { Rule } from '../types.js';

export const pendingSigners: Rule = {
  name: 'pending-signers',
  letter({ prepared, today }) {
    const { letter } = prepared;
    const date = letterDate(letter);
    if (!date || !letter.source || date >= today) return [];
    return pendingSignerRefs(letter).map(({ id, index }): Diagnostic => ({
      file: letter.file, ...letter.source!.locate(['signatories', index]), severity: 'warning', code: 'pending-after-date',
      message: `"${id}" is still pending, and the letter's date (${date}) has passed`,
      hint: `Confirm it (coalition confirm ${letter.name} ${id}), or remove it (coalition unsign ${letter.name} ${id}).`,
    }));
  },
};
