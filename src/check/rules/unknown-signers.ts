/**
 * Unknown and duplicate signatories for a letter whose front matter has other errors:
 * loading checks ids only in a valid letter, and `check` should report every problem
 * in one run. Entries the schema rejects are skipped (their schema error is reported).
 */
import { checkSignerRefs } from '../../workspace/signers.js';
import { isSectionStart, type SignatoriesItem } from '../../model/schema.js';
import { rawFrontMatter } from '../../workspace/read-letter.js';
import type { Rule } from '../types.js';

export const signerRefs: Rule = {
  name: 'signer-refs',
  letter({ ws, prepared }) {
    const { letter } = prepared;
    if (letter.frontMatter || !letter.source) return [];
    const list = rawFrontMatter(letter).signatories;
    if (!Array.isArray(list)) return [];
    const valid = (ref: unknown) => typeof ref === 'string' || isSectionStart(ref) || (!!ref && typeof ref === 'object' && typeof (ref as { id?: unknown }).id === 'string');
    const invalidLines = new Set(list.flatMap((ref, index) => (valid(ref) ? [] : [letter.source!.locate(['signatories', index]).line])));
    // Invalid entries keep their place (so indices and lines stay right) under an id no registry has.
    const refs = list.map((ref) => (valid(ref) ? ref : { id: '-' })) as SignatoriesItem[];
    return checkSignerRefs(refs, ws.registry.signatories, letter.source, letter.file).diagnostics
      .filter((d) => !invalidLines.has(d.line));
  },
};
