/**
 * Registry individuals whose name ends with a post-nominal ("Dr Abhay Kumar Singh,
 * B. Tech (IT), MBA, PhD", "Jane Roe AM") and no `sort_as`: coalition sorts them under
 * the family name it reads once those are set aside (src/i18n/post-nominals.ts), and
 * asks the writer to confirm it, since a guess about a name may be wrong.
 */
import { nameConvention, personSortKey } from '../../i18n/names.js';
import { endsWithPostNominal } from '../../i18n/post-nominals.js';
import type { Rule } from '../types.js';

export const postNominals: Rule = {
  name: 'post-nominals',
  workspace({ ws }) {
    const { registry } = ws;
    return [...registry.signatories]
      .filter(([, entry]) => entry.kind === 'individual' && !entry.sort_as && endsWithPostNominal(entry.name))
      .map(([id, entry]) => {
        const key = personSortKey(entry.name, nameConvention(entry.country, 'en'));
        return {
          file: registry.file, ...registry.source.locate(['signatories', id, 'name']), severity: 'warning' as const, code: 'post-nominal-name',
          message: `${id}: "${entry.name}" ends with letters after the name; it is sorted as "${key}"`,
          hint: `If that is right, say so: sort_as: "${key}" (coalition org edit ${id} --sort-as "${key}"); else write the sort_as it should have.`,
        };
      });
  },
};
