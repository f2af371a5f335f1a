/**
 * A `letterhead:` that names a registry id must name one that exists: the build would
 * otherwise print no letterhead at all, silently.
 */
import { didYouMean } from '../../workspace/signers.js';
import type { Rule } from '../types.js';

export const letterhead: Rule = {
  name: 'letterhead',
  letter({ ws, prepared }) {
    const { letter } = prepared;
    const id = letter.frontMatter?.letterhead;
    if (typeof id !== 'string' || ws.registry.signatories.has(id) || !letter.source) return [];
    return [{
      file: letter.file, ...letter.source.locate(['letterhead']), severity: 'error', code: 'unknown-letterhead',
      message: `letterhead: "${id}" is not in signatories.yaml${didYouMean(id, ws.registry.signatories.keys())}`,
      hint: 'Name a registry id, or write the letterhead out: letterhead: { name: …, logo: …, lines: [ … ] }',
    }];
  },
};
