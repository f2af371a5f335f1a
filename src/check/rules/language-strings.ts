/**
 * A letter language coalition ships no strings for, and the workspace has none of its
 * own: an error (i18n/missing-strings.ts), reported at the language's line.
 */
import { missingStrings } from '../../i18n/missing-strings.js';
import type { Rule } from '../types.js';

export const languageStrings: Rule = {
  name: 'language-strings',
  letter({ ws, prepared }) {
    return missingStrings(ws.templates, prepared.letter);
  },
};
