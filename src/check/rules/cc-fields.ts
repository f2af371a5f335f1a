/**
 * What a cc entry written out holds that no format prints: a `salutation` or a
 * `gender` (a cc is not greeted; they serve the addressees' greeting). Everything else
 * a cc entry says prints (honorific, name, title, address lines) or serves `send`
 * (email, language), so nothing a user wrote is dropped without a word.
 */
import type { Diagnostic } from '../../errors.js';
import type { Rule } from '../types.js';

const UNPRINTED = ['salutation', 'gender'] as const;

export const ccFields: Rule = {
  name: 'cc-fields',
  letter({ prepared }) {
    const { letter } = prepared;
    const fm = letter.frontMatter;
    if (!fm || !letter.source) return [];
    const diagnostics: Diagnostic[] = [];
    fm.cc.forEach((entry, i) => {
      if (typeof entry === 'string') return;
      for (const field of UNPRINTED) {
        if (entry[field] === undefined) continue;
        diagnostics.push({
          file: letter.file, ...letter.source!.locate(['cc', i, field]), severity: 'warning', code: 'cc-field-unused',
          message: `cc: ${field} is never printed: a cc is not greeted`,
          hint: `Remove ${field}: from this cc entry (to greet them, list them under to:).`,
        });
      }
    });
    return diagnostics;
  },
};
