/**
 * Named representatives (`signing.representatives`) whose organization is a registry
 * id the registry does not have (the organization would print empty), and a letter
 * that prints no signatory at all (`signing.list: false` without representatives).
 */
import type { Diagnostic } from '../../errors.js';
import { didYouMean } from '../../workspace/signers.js';
import type { Rule } from '../types.js';

export const representatives: Rule = {
  name: 'representatives',
  letter({ ws, prepared }) {
    const { letter } = prepared;
    const fm = letter.frontMatter;
    if (!fm || !letter.source) return [];
    const diagnostics: Diagnostic[] = [];
    const registry = ws.registry.signatories;
    (fm.signing.representatives ?? []).forEach((r, i) => {
      if (r.id === undefined || registry.has(r.id) || r.organization !== undefined) return;
      diagnostics.push({
        file: letter.file, ...letter.source!.locate(['signing', 'representatives', i, 'id']), severity: 'error', code: 'unknown-representative',
        message: `${r.name}'s organization "${r.id}" is not in ${ws.registry.file}${didYouMean(r.id, registry.keys())}`,
        hint: `Fix the id (coalition org list shows them), add the organization (coalition org add ${r.id} --name "…"), or write it out: organization: "…".`,
      });
    });
    if (fm.signing.list === false && !(fm.signing.representatives ?? []).length) {
      diagnostics.push({
        file: letter.file, ...letter.source.locate(['signing', 'list']), severity: 'warning', code: 'no-signatories-printed',
        message: 'signing.list: false and no signing.representatives: the letter prints no signatory',
        hint: 'Name the representatives who sign (signing.representatives: [{ name, title, id }]), or remove list: false.',
      });
    }
    return diagnostics;
  },
};
