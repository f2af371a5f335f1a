/**
 * Confirmed signers who confirmed an earlier version of the letter's text (their
 * recorded fingerprint differs from the current one): they have not seen what will
 * be sent. One edit after sign-on makes every signer outdated at once, so it is said
 * once per letter, with what changed (src/registry/outdated-signers.ts); `check
 * --verbose` also lists each signer at their line.
 */
import type { Diagnostic } from '../../errors.js';
import { letterFingerprint } from '../../registry/fingerprint.js';
import { describeOutdated, outdatedSigners } from '../../registry/outdated-signers.js';
import type { Rule } from '../types.js';

export const outdatedText: Rule = {
  name: 'outdated-text',
  letter({ ws, prepared, verbose }) {
    const { letter } = prepared;
    const outdated = outdatedSigners(ws.root, letter);
    if (!outdated || !letter.source) return [];
    // One signer: at their line, as before; many: at the list.
    const only = outdated.signers.length === 1 ? outdated.signers[0]! : undefined;
    const summary: Diagnostic = {
      file: letter.file, ...(only ? { line: only.line, column: only.column } : letter.source.locate(['signatories'])), severity: 'warning', code: 'outdated-text',
      message: `${describeOutdated(outdated)} — \`coalition confirm ${letter.name} --outdated\` once they agree`,
      hint: verbose
        ? `Each is listed below; \`coalition confirm ${letter.name} <id…>\` confirms some of them.`
        : `\`coalition check --verbose\` lists them, \`coalition status ${letter.name}\` too; \`coalition confirm ${letter.name} <id…>\` confirms some of them.`,
    };
    if (!verbose || only) return [summary];
    const current = letterFingerprint(letter);
    return [summary, ...outdated.signers.map((s): Diagnostic => ({
      file: letter.file, line: s.line, column: s.column, severity: 'warning', code: 'outdated-text',
      message: `"${s.id}" confirmed an earlier text (${s.text}); the text is now ${current}`,
      hint: `Once they have seen the current text: coalition confirm ${letter.name} ${s.id}`,
    }))];
  },
};
