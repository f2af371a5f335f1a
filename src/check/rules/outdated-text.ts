/**
 * Confirmed signers who confirmed an earlier version of the letter's text (their
 * recorded fingerprint differs from the current one): they have not seen what will
 * be sent. See src/registry/fingerprint.ts.
 */
import type { Diagnostic } from '../../errors.js';
import { letterFingerprint, staleSigners } from '../../registry/fingerprint.js';
import type { Rule } from '../types.js';

export const outdatedText: Rule = {
  name: 'outdated-text',
  letter({ prepared }) {
    const { letter } = prepared;
    const stale = staleSigners(letter);
    if (stale.length === 0) return [];
    const current = letterFingerprint(letter);
    return stale.map((s): Diagnostic => ({
      file: letter.file, line: s.line, column: s.column, severity: 'warning', code: 'outdated-text',
      message: `"${s.id}" confirmed an earlier text (${s.text}); the text is now ${current}`,
      hint: `Once they have seen the current text: coalition confirm ${letter.name} ${s.id}`,
    }));
  },
};
