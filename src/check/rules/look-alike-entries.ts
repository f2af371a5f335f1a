/**
 * Registry entries that look like one organization under two ids (the same name in
 * any language, or the same acronym: registry/look-alike.ts), and letters that list
 * two such entries, which would print one organization twice. Warnings: two groups
 * may share an acronym, and only the coalition knows.
 */
import type { Diagnostic } from '../../errors.js';
import type { Signatory } from '../../model/schema.js';
import { describeLookAlike, lookAlikePairs, type LookAlike } from '../../registry/look-alike.js';
import type { Rule } from '../types.js';

/** Per registry: each id that has look-alikes → them. Worked out once for all the letters checked. */
const byRegistry = new WeakMap<ReadonlyMap<string, Signatory>, Map<string, LookAlike[]>>();

function lookAlikesOf(registry: ReadonlyMap<string, Signatory>): Map<string, LookAlike[]> {
  let found = byRegistry.get(registry);
  if (!found) {
    found = new Map();
    for (const { id, like } of lookAlikePairs(registry)) {
      found.set(id, [...(found.get(id) ?? []), like]);
      found.set(like.id, [...(found.get(like.id) ?? []), { ...like, id }]);
    }
    byRegistry.set(registry, found);
  }
  return found;
}

export const lookAlikeEntries: Rule = {
  name: 'look-alike-entries',
  workspace({ ws }) {
    const { registry } = ws;
    return lookAlikePairs(registry.signatories).map(({ id, like }): Diagnostic => ({
      file: registry.file, ...registry.source.locate(['signatories', id]), severity: 'warning', code: 'look-alike-entries',
      message: `"${id}" looks like "${like.id}" (${describeLookAlike(like)}): one organization under two ids?`,
      hint: `If they are one, merge them: coalition org merge ${like.id} ${id}. If not, tell them apart (a country, a different acronym).`,
    }));
  },
  letter({ ws, prepared }) {
    const { letter, signers } = prepared;
    if (!signers || !letter.source) return [];
    const lookAlikes = lookAlikesOf(ws.registry.signatories);
    if (lookAlikes.size === 0) return [];
    const listed = new Map<string, number>();
    const problems: Diagnostic[] = [];
    for (const signer of signers) {
      if (signer.status === 'withdrawn') continue;
      const earlier = (lookAlikes.get(signer.id) ?? []).find((like) => listed.has(like.id));
      if (earlier) {
        problems.push({
          file: letter.file, ...letter.source.locate(['signatories', signer.index]), severity: 'warning', code: 'look-alike-signers',
          message: `"${signer.id}" and "${earlier.id}" (line ${letter.source.locate(['signatories', listed.get(earlier.id)!]).line}) look like one organization (${describeLookAlike(earlier)}), which would be printed twice`,
          hint: `Keep one: coalition unsign ${letter.name} ${signer.id}, or merge the entries: coalition org merge ${earlier.id} ${signer.id}`,
        });
      }
      listed.set(signer.id, signer.index);
    }
    return problems;
  },
};
