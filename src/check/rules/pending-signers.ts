/**
 * Signers still marked pending on a letter whose date has passed: either they
 * confirmed and the file was not updated, or they will be left off the letter.
 */
import type { Diagnostic } from '../../errors.js';
import type { Rule } from '../types.js';

export const pendingSigners: Rule = {
  name: 'pending-signers',
  letter({ prepared, today }) {
    const { letter, signers } = prepared;
    const fm = letter.frontMatter;
    if (!fm || !signers || !letter.source || fm.date >= today) return [];
    const diagnostics: Diagnostic[] = [];
    for (const signer of signers) {
      if (signer.status !== 'pending') continue;
      const at = letter.source.locate(['signatories', signer.index]);
      diagnostics.push({
        file: letter.file, ...at, severity: 'warning', code: 'pending-after-date',
        message: `"${signer.id}" is still pending, and the letter's date (${fm.date}) has passed`,
        hint: `Confirm it (coalition sign ${letter.name} ${signer.id}), or remove it (coalition unsign ${letter.name} ${signer.id}).`,
      });
    }
    return diagnostics;
  },
};
